# The cyclic collector over mixes of containers that do and do not reference other members of the
# collected set: self-references (once and twice), leaf containers reachable only from garbage,
# leaves kept alive from outside, tuples untracked on the way, resurrection by __del__, collections
# of each generation. Prints what CPython decides (counts, survivors, finalizer order).
import gc

gc.disable()
gc.collect()


class Node:
    __slots__ = ('other', 'name', '__weakref__')

    def __init__(self, name):
        self.other = None
        self.name = name


log = []


class Fin:
    def __init__(self, name, keep=None):
        self.name = name
        self.keep = keep
        self.ref = None

    def __del__(self):
        log.append(self.name)
        if self.keep is not None:
            self.keep.append(self)


def build(n):
    out = []
    for i in range(n):
        a = [i, i + 1]          # a leaf: ints only
        b = [a]                 # references a leaf
        c = []
        c.append(c)             # self-reference once
        d = []
        d.append(d)
        d.append(d)             # self-reference twice
        t = (i, 'x')            # untracked by the collection
        t2 = ([i],)             # stays tracked
        out.append((a, b, c, d, t, t2))
    return out


for gen in (0, 1, 2):
    keep = build(50)
    garbage = build(30)
    del garbage
    print('gen', gen, 'collected', gc.collect(gen))
    print(sum(gc.is_tracked(x[4]) for x in keep), sum(gc.is_tracked(x[5]) for x in keep))
    del keep
    print('rest', gc.collect())

# leaves referenced only from a cycle, and from a cycle plus outside
outside = []
for i in range(20):
    n1, n2 = Node(i), Node(-i)
    n1.other = n2
    n2.other = [n1, [i, i * 2], {'k': i}]
    if i % 4 == 0:
        outside.append(n2.other[1])
del n1, n2
print('nodes', gc.collect(0), len(outside), outside[:2])

# finalizers, one resurrecting its object
saved = []
for i in range(6):
    f = Fin('f%d' % i, saved if i == 3 else None)
    g = Fin('g%d' % i)
    f.ref = g
    g.ref = [f, [i]]
del f, g
print('fin', gc.collect(), sorted(log), [s.name for s in saved])
saved[0].ref = None
del saved[:]
print('after', gc.collect(), sorted(log)[-3:])

stats = []
gc.callbacks.append(lambda phase, info: stats.append((phase, info['generation'], info['collected'])))
x = [[]]
x[0].append(x)
del x
gc.collect(1)
gc.callbacks.clear()
print(stats)
print(gc.get_count()[1:], [s['collections'] > 0 for s in gc.get_stats()])
