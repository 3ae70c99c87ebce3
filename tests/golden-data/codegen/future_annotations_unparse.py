from __future__ import annotations
a: List[int]
b: Dict[str, Tuple[int, ...]] = {}
c: Callable[[int, str], None]
d: int | None
e: "forward"
f: Literal[1, 2.5, -3, 1e100, 1j, b"x", 'q"s', "it's", None, True, ...]
g: x.y.z[a:b, ::2]
h: (lambda x: x)
i: a if b else c
j: not a and b or c
k: -a ** -b
l: (a, b)
m: [a, *b]
n: {a: b, **c}
o: {a, b}
p: f(a, *b, c=d, **e)
q: a < b <= c is not d not in e
r: f"x{y!r:>{w}}z{{"
t: [x for x in y if z]
u: {k: v for k, v in w}
v: a @ b // c % d << e >> f & g ^ h | i
w: await_ + 1
y2: a[()]
z2: a[1,]
aa: 1 .real
bb: {}
cc: ()
dd: float('inf')
def fn(a: int = 1, *args: str, b: "x" = 2, **kw: Any) -> Optional[List[int]]:
    pass
class C:
    attr: ClassVar[int] = 3
la: lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lb: lambda *, k: k
lc: lambda *a: a
ua: u"unicode"
ub: f(x for x in y)
uc: g((x for x in y), 1)
ud: (1e309, 1e309j, -1e309)
ue: 1e309 + 1e309j
uf: a[b:c:d, e:f]
ug: ~a + (+b) - (-c) ** d ** (e ** f)
uh: (a or b) and c
ui: (not a) == b
uj: a.b(c).d[e](f)
uk: "\n\t\\\x00\u1234"
ul: await_
um: f"{'{'}{x:{y}>3}"
