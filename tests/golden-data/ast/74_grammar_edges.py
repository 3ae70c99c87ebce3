match x:
 case -0j: pass
 case 0 - 1j: pass
 case -1 + 0j: pass
match x:
 case a.b.c | d.e: pass
 case {**_r}: pass
match x:
 case [*_, _]: pass
 case (*a,): pass
match x:
 case C(x=A() | B()): pass
match x,:
 case _: pass
match (x):
 case _: pass
match -x:
 case _: pass
match x := y:
 case _: pass
match [x]:
 case _: pass
match f"{x}":
 case "a" "b": pass
 case f"{y}": pass
match x:
 case b"a" b"c": pass
match(x)
match[x]
match.x
match = 1
match: int = 2
case = 1
case(x)
type(x)
type.x = 1
type: int
type A = B | C
print(type, match, case, _)
def f[T, *U, **V](a: T, *b: *U, **c: V.kwargs) -> T: ...
class C[T: (A, B)](D[T], metaclass=M): ...
async def f():
 async with a as b, c: pass
 async for x, in y: pass
with (a, b) as c: pass
with (a as b): pass
with (a, b,): pass
with (yield x) as y: pass
for x in *a, *b: pass
x = yield
def g():
 x = yield from y
 await_ = z
a = b = yield c
del (a), (b.c), [d[0]]
del (a, b), [c, d],
x[a:b:c, d:e, ...:f]
x[:, :]
x[1:2,]
x[(1, 2)]
x[*a, *b] = 1
f(*a, *b, c=1, *d, **e, f=2)
f(a)(b)(c)[d].e
lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lambda *a, b: 0
lambda a, /: 0
lambda a=1, /: 0
def f(a, /, *, b): pass
def f(a=1, /, *, b): pass
def f(a, b=1, /, c=2): pass
@a
@b.c
@d(e)
class X: pass
global a, b
nonlocal_ = 1
assert (a, b)
raise a from b
try:
 pass
except* A as e:
 pass
else:
 pass
finally:
 pass
x = a if b else lambda: c if d else e
x = not a in b
x = a < b == c is not d not in e
x = -a ** -b
x = ~a ** b ** c
x = (a)(b)
x = await_
x = [i async for i in a]
async def f(): return [await i async for i in a if await i]
x = {**a, **b}
x = {a: b for c in d}
x = {*a, *b}
x = (*a,)
x = [*a]
print(*[1], **{})
x: "a" = 1
x.y: int
(x.y): int = 1
((x)): int = 1
x[0]: int
if a:
 pass
elif b:
 pass
elif c:
 pass
while a:
 break
else:
 continue
for a in b:
 pass
else:
 pass
import a.b.c as d, e.f
from .a.b import (c as d, e,)
from . import a
x = 1 if 2 else 3 if 4 else 5
x = (yield)
x = ...
y = Ellipsis
x = 0xDEAD_BEEF + 0o7_7 + 0b1_0 + 1_0.0_1e+1_0j
x = 1.e5 + .1e-5 + 1E+5J
x = "\x00\u1234\U0001F600\N{EM DASH}"
x = b'\x00\\' rb'\\'
x = '''a\
b'''
x = "a" \
 "b"
def f():
  """doc"""
  return
class A:
  """doc"""
  x = 1
if True:
	x = 1
	y = 2
x = (  # comment
  1  # c2
)
x = 1  # comment
__debug__
x = __debug__
ﬁ = 1
print(ﬁ)
a.ﬁ = 1
import ﬁ.ﬂ as ﬀ
def ﬁ(ﬂ): return ﬂ
f(ﬁ=1)
x = {ﬁ: 1}
match x:
 case ﬁ: pass
 case C(ﬂ=1): pass
