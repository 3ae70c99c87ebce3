from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents / 100:.2f})'
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __add__(self, other):
        if other == 0:
            return self
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __truediv__(self, n):
        return Money(self.cents // n)
    def __floordiv__(self, n):
        return [Money(self.cents // n)] * n
    def __mod__(self, n):
        return self.cents % n
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
    def __matmul__(self, other):
        return 'matmul'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __lshift__(self, o): return 'lshift'
    def __invert__(self): return 'invert'
    def __pos__(self): return 'pos'
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __round__(self, nd=None): return ('round', nd)
    def __call__(self, *a, **k): return ('called', a, k)
    def __format__(self, spec): return f'${self.cents / 100:{spec}}'

a, b = Money(150), Money(275)
print(a + b, sum([a, b, a]), a < b, a >= b, a <= a, b > a, a == Money(150), a != b)
print(a / 3, a // 2, a % 7, a ** 2, pow(a, 2, 5), a @ b, a & b, a | b, a ^ b, a << 1, ~a, +a)
print(int(a), float(b), round(a), round(a, 1), a(1, k=2), f'{b:.1f}', format(a, '>8.2f'))
print([0, 1, 2, 3][Money(2)], bin(Money(5)), hex(Money(255)), 'ab' * Money(2))
print(sorted([b, a, Money(1)]), max(a, b), a in [Money(150)])
try:
    a - b
except TypeError as e:
    print(e)
try:
    -a
except TypeError as e:
    print(e)
try:
    a < 5
except AttributeError as e:
    print(e)

class R:
    def __radd__(self, other):
        return f'radd({other})'
    def __rsub__(self, other):
        return f'rsub({other})'
    def __rmatmul__(self, o):
        return 'rmatmul'
print(1 + R(), 'x' - R() if False else 5 - R(), [1] + R(), [] @ R())

class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'radd wins'
print(Both() + Both())
class Sub(int):
    def __radd__(self, o):
        return 'sub radd first'
print(1 + Sub(2), Sub(2) + 1)
