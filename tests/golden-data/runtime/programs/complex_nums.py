z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * 1j, z / 2, z ** 2, (1 + 2j) == complex(1, 2))
print(1j, 2.5j, -1j, 0j, complex(1), complex("1+2j"), complex(2, -3), 1 + 0j, (-0.0 + 1j), 1j * 1j)
print(type(z).__name__, bool(0j), bool(1j), z != 5, (1 + 1j) ** 0.5, 2 ** 1j == 2 ** 1j)
try:
    z < z
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
print(hash(1 + 0j) == hash(1), {1j: "a"}[1j], sum([1j, 2, 3.5]))
