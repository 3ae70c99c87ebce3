class Counter:
    def __init__(self):
        self.n = 0
        self.items = [1, 2, 3]
    def __repr__(self):
        return f'Counter(n={self.n}, items={self.items})'

c = Counter()
c.n += 5
c.n *= 3
c.n -= 1
c.n //= 2
c.n **= 2
c.n %= 50
c.items[1] += 10
c.items[-1] *= 4
c.items += [7]
print(c)
d = {'a': 1}
d['a'] += 1
d.setdefault('b', []).append(3)
d['b'] += [4]
print(d)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0110
bits <<= 2
bits >>= 1
print(bin(bits))
x = 7
x /= 2
print(x)
m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
print(m)
class Vec:
    def __init__(self, x): self.x = x
    def __iadd__(self, other):
        print('iadd called')
        self.x += other
        return self
    def __add__(self, other):
        print('add called')
        return Vec(self.x + other)
    def __mul__(self, k):
        return Vec(self.x * k)
v = Vec(1)
w = v
v += 5
print(v is w, v.x)
v *= 3
print(v is w, v.x, w.x)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e)
print(tup)
n = None
try:
    n += 1
except TypeError as e:
    print(e)
try:
    undefined_thing += 1
except NameError as e:
    print(e)
