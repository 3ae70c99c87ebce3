"""Exact money and ratio arithmetic with fractions and decimal."""
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation

a = Fraction(3, 4)
b = Fraction("2/3")
print(a, b, a + b, a - b, a * b, a / b, a ** 2, -a, abs(Fraction(-1, 2)))
print(Fraction(0.1), Fraction(0.5), Fraction("0.125"), Fraction(10, -4), Fraction(1.5).limit_denominator(10))
print(Fraction(3.14159).limit_denominator(100), Fraction(355, 113) > Fraction(22, 7), a == 0.75, a < 1)
print(a.numerator, a.denominator, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(1, 3) + 1, 2 * Fraction(1, 3), Fraction(1, 2) + 0.25)
print(repr(Fraction(5, 10)), str(Fraction(4, 2)), Fraction(*(1.25).as_integer_ratio()), hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3):.5f}", format(Fraction(22, 7), ".3f"), Fraction(7, 3).__floor__(), Fraction(7, 3).__ceil__())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(10) / Decimal(3), Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"))
print(Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.325").quantize(Decimal("0.01")), Decimal("7.329").quantize(Decimal("0.1"), rounding=ROUND_DOWN))
print(Decimal(0.1), Decimal("1e3"), Decimal("-0"), Decimal("123.4500").normalize(), Decimal("1.5").sqrt())
print(Decimal(2) ** Decimal("0.5"), Decimal("10").ln(), Decimal("100").log10(), Decimal("2.5").exp())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14159265") + 0)
with localcontext() as ctx:
    ctx.prec = 30
    print(Decimal(1) / Decimal(7))
getcontext().prec = 28
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"{subtotal + tax:>10}", f"{Decimal('1234.5'):,.2f}")
print(Decimal("3.7").to_integral_value(), int(Decimal("-3.7")), float(Decimal("2.5")), round(Decimal("2.675"), 2), round(Decimal("2.5")))
print(Decimal("1.1").as_tuple(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal(5).compare(Decimal(3)))
print(repr(Decimal("1.10")), Decimal("1.10") == Decimal("1.1"), max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("2"), Decimal("-1"), Decimal("0.5")]))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except Exception as e:
    print(type(e).__name__, e)
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), divmod(Decimal(7), Decimal(2)))
