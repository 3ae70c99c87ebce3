# Instances of int/str/float subclasses are GC objects in CPython (heap types): tracked, counted by gc.get_count(), listed by gc.get_objects(), collected in cycles through their __dict__; exact ints/strs/floats are not.
import gc, sys
class I(int): pass
class S(str): pass
class F(float): pass
a, b, c = I(5), S('x'), F(1.5)
a.attr = 1; b.attr = 2; c.attr = 3
print(a, b, c, a.attr, b.attr, c.attr, gc.is_tracked(a), gc.is_tracked(5), gc.is_tracked('s'), gc.is_tracked(b), vars(a), sys.getsizeof(a))
l = [a, b, c]; l.append(l); del l; print(gc.collect())
class J(int): __slots__ = ()
j = J(7); print(gc.is_tracked(j), hasattr(j, '__dict__'))
x = 12345678; print(sys.getrefcount(x), gc.get_referrers is not None)
def d(f):
    c = gc.get_count()[0]; f(); return gc.get_count()[0] - c
keep = []
print(d(lambda: keep.append(I(3))), d(lambda: keep.append(S('q'))), d(lambda: keep.append(F(2.0))), d(lambda: keep.pop()), d(lambda: I(4)))
print(any(o is keep[0] for o in gc.get_objects()))
class Cyc(int): pass
z = Cyc(9); z.me = z; del z; print(gc.collect())
