# pow() with float operands goes through float.__pow__ like `**`: a negative base with a
# fractional exponent gives a complex, a subclass's __pow__ is honoured, errors match.
print(pow(-2.0, 0.5), pow(-8, 1 / 3), (-2.0) ** 0.5)
print(pow(2.0, -1), pow(-2, 0.5), pow(2.5, 2.0), pow(-1.5, 3.0))


class Half(float):
    def __pow__(self, other):
        return "Half.__pow__"


print(pow(Half(2.0), 3.0))
for a, b in [(0.0, -1.0), (10.0, 400.0), (-0.0, 0.5), (-2.0, float("inf"))]:
    try:
        print(pow(a, b))
    except Exception as e:
        print(type(e).__name__, e)
