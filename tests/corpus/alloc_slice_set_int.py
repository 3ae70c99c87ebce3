# Allocation paths with hidden caches: CPython's one-slot slice cache (gc counts, tracking, id
# reuse), sets that stay empty or are re-initialized, int() of plain decimal strings, ASCII
# title(). Only count differences and tracked-ness are printed (absolute counts differ with start-up).
import gc
import sys

gc.disable()
a = list(range(10))
k = 3


def delta(f):
    c = gc.get_count()[0]
    f()
    return gc.get_count()[0] - c


keep = []
print('first slice', delta(lambda: keep.append(slice(1, 2))))
print('second slice', delta(lambda: keep.append(slice(1, 3))))
print('tracked', gc.is_tracked(keep[0]), sys.getsizeof(keep[0]))
print('in get_objects', any(o is keep[1] for o in gc.get_objects()))
print('free one', delta(lambda: keep.pop()))
print('free two', delta(lambda: keep.pop()))
print('transient slice, cache full', delta(lambda: slice(4, 5)))
held = slice(0, 1)
print('list slice, cache empty', delta(lambda: a[1:3]))
print('list slice, cache full', delta(lambda: a[1:3]))
print('step slice', delta(lambda: a[k::-1]))
del held
print('after freeing held', delta(lambda: a[::2]))


def store():
    b = a[:]
    b[:2] = b[1::-1]
    return b


print('store slice', store())
print('same id', id(slice(1, 2)) == id(slice(3, 4)))
s = slice(1, 2, 3)
print(sys.getrefcount(s), s, s.indices(10))

# sets
e = set()
print('empty set', e, len(e), sys.getsizeof(e), gc.is_tracked(e))
print('set()', delta(lambda: set()))
lengths = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    lengths.setdefault(len(w), set()).add(w)
print(sorted((n, sorted(v)) for n, v in lengths.items()))
x = {1, 2, 3}
x.__init__()
print('reinit', x, sys.getsizeof(x))
x.__init__([7, 8])
print('reinit2', x)
x.clear()
print('cleared', x, sys.getsizeof(x))
x.update(range(20))
print('grown', len(x), sys.getsizeof(x))
y = set()
y |= {5, 6}
y.update(set())
print(y, y == {5, 6}, set() == frozenset(), frozenset(set()))
z = set()
print(z.pop() if z else 'nothing to pop', 3 in z, z.discard(3), z - {1}, z | {1}, z & {1})

# int() of decimal strings
for t in ['0', '-0', '+5', '007', '256', '257', '-5', '-6', '123456789012345', '1234567890123456',
          '-9007199254740993', ' 42 ', '1_000', '\u0663\u0664', '+', '-', '', '12a', '0x10']:
    try:
        v = int(t)
        print(repr(t), v, type(v).__name__, v is int(t))
    except ValueError as err:
        print(repr(t), 'ValueError', err)
print(int('777', 8), int('ff', 16), int('0b101', 0))

# title()
for t in ["hello world", "they're bill's friends", "3rd place, 42nd ROW", "", "x", "ALL CAPS",
          "mIxEd_case-words", "caf\u00e9 \u00e9t\u00e9", "\u01c6 dz", "tab\there\nnew"]:
    r = t.title()
    print(repr(r), r is t)
for t in [' 7', '8\n', '\t-9 ', '\x1c10\x1f', ' + 1', '- 2', '  ', ' 0 ', '\u00a05', '5\u2003']:
    try:
        print(repr(t), int(t))
    except ValueError as err:
        print(repr(t), 'ValueError', err)
