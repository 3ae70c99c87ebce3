with f() as self.x:
    pass
with g() as d[k]:
    pass
