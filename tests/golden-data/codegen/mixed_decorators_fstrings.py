@a.b(c)[d]
@(lambda f: f)
class K(*bs, m=1, **kw):
    """doc"""
    __slots__ = ('a',)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
    @property
    def p(self): return self.a
    @p.setter
    def p(self, v): self.a = v
    class Inner:
        def f(self): return __class__
def deco(*, a=1, b, c=lambda: b, **d) -> "r":
    "doc2"
    def w(*args, **kwargs):
        nonlocal a
        a += 1
        return deco(*args, **kwargs, z=a)
    return w
x = f"{a!r}" f"{b:{c}}" f"{'nested' + f'{d}'}" f"{e=}" f"{f = !s:>10}"
y = 'a' % ()
z = '%s%s' % (a, *b)
w = '%(x)s' % {'x': 1}
v = "%.3f %5d %x" % (a, b, c)
u = "%s" % a
