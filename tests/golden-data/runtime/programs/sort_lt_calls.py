# list.sort / sorted call __lt__ once per comparison (never a reversed second test): call
# counts and order for small lists (one binary-insertion run, the same merge-free path in
# every timsort), stability, reverse=True, key=, and an exception raised by __lt__ (the
# partially sorted order CPython leaves behind is not reproduced: the list keeps its order).
calls = []


class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return '%s%d' % (self.tag, self.v)


def run(vals, **kw):
    calls.clear()
    xs = [K(v, chr(97 + i)) for i, v in enumerate(vals)]
    r = sorted(xs, **kw)
    print(r, len(calls), calls[:6])


run([3, 1, 2])
run([5, 4, 3, 2, 1])
run([1, 2, 3, 4, 5])
run([2, 2, 1, 1, 3, 3])
run([9, 3, 7, 3, 1, 8, 2, 7, 0, 5, 3, 6], reverse=True)
run([(i * 37) % 50 for i in range(50)])
calls.clear()
ws = ['bb', 'a', 'ccc', 'dd', 'e']
print(sorted(ws, key=len), sorted(ws, key=len, reverse=True))


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('no order for 3')
        return self.v < other.v


lst = [Bad(v) for v in [5, 1, 4, 3, 2]]
try:
    lst.sort()
except ValueError as e:
    print('ValueError', e, len(lst))
