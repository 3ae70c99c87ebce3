# Builtin methods of dict/set/list/str called with the fixed-arity fast entries and with wrong
# argument counts/keywords; __hash__/__eq__ order of dict.setdefault; subclasses overriding them.
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

d = {}
s = set()
l = [1, 2, 3]
attempt('setdefault()', lambda: d.setdefault())
attempt('setdefault(1,2,3)', lambda: d.setdefault(1, 2, 3))
attempt('setdefault(k=1)', lambda: d.setdefault(k=1))
attempt('setdefault(1)', lambda: d.setdefault(1))
attempt('setdefault(2, "x")', lambda: d.setdefault(2, 'x'))
attempt('setdefault(2, "y")', lambda: d.setdefault(2, 'y'))
attempt('setdefault([])', lambda: d.setdefault([]))
attempt('get()', lambda: d.get())
attempt('get(1,2,3)', lambda: d.get(1, 2, 3))
attempt('get(k=1)', lambda: d.get(k=1))
attempt('keys(1)', lambda: d.keys(1))
attempt('items(1)', lambda: d.items(1))
attempt('values(x=1)', lambda: d.values(x=1))
attempt('items()', lambda: list(d.items()))
attempt('add()', lambda: s.add())
attempt('add(1,2)', lambda: s.add(1, 2))
attempt('add(x=1)', lambda: s.add(x=1))
attempt('add([])', lambda: s.add([]))
attempt('discard([])', lambda: s.discard([]))
attempt('remove(9)', lambda: s.remove(9))
attempt('pop()', lambda: set().pop())
attempt('clear(1)', lambda: s.clear(1))
attempt('copy()', lambda: sorted(s.copy()))
attempt('frozenset.copy', lambda: frozenset([1]).copy())
attempt('isdisjoint(1)', lambda: s.isdisjoint(1))
attempt('l.pop(1,2)', lambda: l.pop(1, 2))
attempt('l.pop("a")', lambda: l.pop('a'))
attempt('[].pop()', lambda: [].pop())
attempt('l.pop(10)', lambda: l.pop(10))

# __hash__ runs once per setdefault, then __eq__ against the colliding key.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return 7
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n

h = {}
print(h.setdefault(K(1), 'a'))
print(h.setdefault(K(2), 'b'))
print(h.setdefault(K(1), 'c'))
print(len(h))
hs = set()
hs.add(K(1)); hs.add(K(1)); hs.add(K(3))
print(len(hs))

# Subclasses: overriding methods are found (no fast entry), inherited ones still work.
class D(dict):
    def setdefault(self, k, v=None):
        print('D.setdefault', k)
        return super().setdefault(k, v)
    def get(self, k, v=None):
        return ('D.get', k, v)

class S(set):
    def add(self, x):
        print('S.add', x)
        super().add(x)

dd = D()
print(dd.setdefault('a', 1), dd.setdefault('a', 2), dd.get('a'), dd.get('z', 0))
print(sorted(dd.items()), list(dd.keys()), list(dd.values()))
ss = S()
ss.add(3); ss.add(3)
print(ss, len(ss))
ss.discard(3)
print(ss)
bound = {}.setdefault
print(bound('k', 5), bound('k', 6))
sadd = set().add
print(sadd(1), sadd(1))

# Reference counts through the fast entries.
v = object()
dc = {}
before = sys.getrefcount(v)
dc.setdefault('v', v)
dc.setdefault('v', v)
print(sys.getrefcount(v) - before)
x = dc.setdefault('v')
print(sys.getrefcount(v) - before)
del x
st = set()
st.add(v); st.add(v)
print(sys.getrefcount(v) - before)
st.discard(v)
print(sys.getrefcount(v) - before)
