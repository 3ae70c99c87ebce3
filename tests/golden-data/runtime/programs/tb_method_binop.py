items = {"apples": 3, "pears": None}
def total(d):
    s = 0
    for k in d:
        s = s + d[k] * 2
    return s
print(total(items))
