@a.b.c
@a(1)(2)
@a[0]
@x if y else z
@(yield)
def f():
    pass

@property
def g(self): return self._g

@g.setter
def g(self, v): self._g = v
