# Set iteration order follows the probe sequence: large and negative hashes shift high bits of
# the perturbation into the slot index; deleting leaves dummies that later adds reuse.
class H:
    def __init__(self, h, tag):
        self.h = h
        self.tag = tag

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.tag == other.tag

    def __repr__(self):
        return self.tag


big = [H(-(2 ** 40) * k - 3, f"n{k}") for k in range(12)]
big += [H((2 ** 45) * k + 7, f"p{k}") for k in range(12)]
big += [H(8 * k, f"e{k}") for k in range(12)]
s = set(big)
print(list(s))
for x in big[::4]:
    s.discard(x)
print(list(s))
s.update(H(-5 - 64 * k, f"d{k}") for k in range(10))
print(list(s))
print(list(set([-1.5, -2.5, 2 ** 62, -(2 ** 62), 3 ** 40, -(3 ** 40)])))
print(list(frozenset(range(-300, 300, 23))))
print(H(-(2 ** 40) * 5 - 3, "n5") in s, H(7, "zz") in s)
