s = {x for x in a}
d = {k: v for k, v in items}
