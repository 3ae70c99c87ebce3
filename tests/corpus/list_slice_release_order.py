# list slice assignment and deletion: order in which replaced/removed items are released (__del__), sizes, self-assignment, iterables, errors (list_ass_slice / list_ass_subscript).
import sys
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
    def __repr__(self): return 'D%d' % self.n
def mk(n): return [D(i) for i in range(n)]
def show(label, a):
    print(label, a, sys.getsizeof(a), log[:]); log.clear()
a = mk(8); a[2:5] = [1, 2]; show('shrink', a)
a = mk(8); a[2:5] = [1, 2, 3, 4, 5]; show('grow', a)
a = mk(8); a[2:5] = (7, 8, 9); show('same', a)
a = mk(8); del a[1:6]; show('del', a)
a = mk(8); del a[::2]; show('delstep', a)
a = mk(8); del a[::-3]; show('delneg', a)
a = mk(8); del a[6:1:-2]; show('delneg2', a)
a = mk(8); a[::-2] = 'abcd'; show('extassign', a)
a = mk(8); a[1:7:3] = iter([10, 11]); show('extiter', a)
a = mk(5); a[:] = []; show('clear', a)
a = mk(5); a[:] = a; show('self', a)
a = mk(5); a[::-1] = a; show('selfrev', a)
a = mk(4); a[5:9] = [1]; show('past', a)
a = mk(4); a[3:1] = [1, 2]; show('inverted', a)
a = mk(4); a[-10:2] = (x for x in 'xyz'); show('gen', a)
a = []; a[:] = []; show('emptyempty', a)
a = [1]; a.pop(); del a[:]; show('emptydel', a)
b = [D(50), D(51)]; a = mk(3); a[1:2] = b; del b; show('fromlist', a)
try:
    a = mk(4); a[::2] = [1]
except ValueError as e: print(e, log); log.clear()
try:
    a = mk(4); a[1:2] = 5
except TypeError as e: print(e, log); log.clear()
x = list(range(20)); print(x[3:17:4], x[::-3], x[5:2], x[-3:], x[2:-2:1], x[100:], x[::7])
print(sys.getrefcount(x[5]), [sys.getrefcount(o) for o in [object()]])
