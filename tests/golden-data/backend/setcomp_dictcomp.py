s = {x for x in y}
d = {k: v for k, v in items}
