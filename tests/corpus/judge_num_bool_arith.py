print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~int(True), -False)
print(True == 1, False == 0, True is not None, isinstance(True, int), type(True + 0))
print(sum([True, False, True, True]), max(False, True), True & False, True | 2, True ^ True)
print(bool(0), bool(0.0), bool(''), bool([]), bool(()), bool({}), bool(None), bool('0'), bool([0]))
print(str(True), repr(False), int(True), float(False), f'{True:d}', f'{True}', f'{True!r:>6}')
print({True: 'a', 1: 'b', 1.0: 'c'})
print(True << 3, 2 ** True, divmod(True, True), abs(-True), round(True))
print(1 < True + 1 <= 2, not 0, not 1, not not [], (True, False) < (True, True))
print(0 or [] or 'last', 1 and 2 and 3, None or 0, '' and 'x', [] or {} or ())
x = 5
print(x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
print(bool.__name__, True.__class__, bool.__bases__, True.real, True.imag, True.numerator)
print(hash(True), hash(False), True.bit_length(), (True).conjugate())
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
