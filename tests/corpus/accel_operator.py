# _operator accelerator: functions, itemgetter/attrgetter/methodcaller (results, reprs, __reduce__, errors).
import operator, _operator, sys, copy
from operator import itemgetter, attrgetter, methodcaller
print(operator.add is _operator.add, operator.__add__ is _operator.add, type(operator.add).__name__, operator.add.__module__)
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.neg(5), operator.pos(-5), operator.inv(5), operator.invert(0), operator.abs(-3.5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2), operator.lt([1], [2]))
print(operator.truth([]), operator.not_(0), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
l = [1, 2, 3]
print(operator.getitem(l, 1), operator.setitem(l, 0, 9), l, operator.delitem(l, 1), l, operator.contains(l, 3), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.iadd([1], [2]), operator.iconcat([1], (2,)), operator.imul([0], 3))
x = [1]; y = operator.iadd(x, [2]); print(x is y, x)
print(operator.call(max, 1, 5, key=lambda v: -v), operator.length_hint([1, 2, 3]), operator.matmul.__name__)
for bad in [lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.add(a=1, b=2), lambda: operator.neg(), lambda: operator.neg(1, 2),
            lambda: operator.add(1, 'a'), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: operator.lt(1, 'a'),
            lambda: operator.ipow([], 2), lambda: operator.pow([], 2), lambda: operator.neg('x'), lambda: operator.index(1.5), lambda: operator.call()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
g = itemgetter(1); g2 = itemgetter(0, 2, 'k' and 1); g3 = itemgetter('name')
print(g([5, 6, 7]), g2('abc'), g3({'name': 'n'}), repr(g), repr(g2), repr(g3), g.__reduce__(), g2.__reduce__(), type(g).__name__, type(g))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=itemgetter(0)), sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=itemgetter(0, 1)))
a = attrgetter('real'); a2 = attrgetter('real', 'imag'); a3 = attrgetter('__class__.__name__')
print(a(3), a2(3 + 4j), a3(3), repr(a), repr(a2), repr(a3), a3.__reduce__(), a2.__reduce__())
m = methodcaller('split', ','); m2 = methodcaller('upper'); m3 = methodcaller('split', maxsplit=1)
print(m('a,b'), m2('x'), m3('a b c'), repr(m), repr(m2), repr(m3), m.__reduce__(), m3.__reduce__()[1])
c = copy.copy(m3); print(c('p q r'), copy.deepcopy(g)([4, 5]), copy.copy(a3)(1.5))
for bad in [lambda: itemgetter(), lambda: itemgetter(1, x=2), lambda: g(), lambda: g(1, 2), lambda: g([1], k=2), lambda: g([]),
            lambda: attrgetter(), lambda: attrgetter(1), lambda: a(), lambda: attrgetter('nope')(1), lambda: attrgetter('a.b')(1),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: m(), lambda: methodcaller('nope')(1), lambda: hash(g) and 0]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
o = object(); base = sys.getrefcount(o)
ig = itemgetter(o, o); print(sys.getrefcount(o) - base); del ig; print(sys.getrefcount(o) - base)
r = itemgetter(0)([o]); print(sys.getrefcount(o) - base); del r
mc = methodcaller('f', o, k=o); print(sys.getrefcount(o) - base); del mc; print(sys.getrefcount(o) - base)
import gc; print(gc.is_tracked(itemgetter(1)), gc.is_tracked(attrgetter('a')), gc.is_tracked(methodcaller('a')))
