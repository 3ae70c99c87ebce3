# Integer powers whose exact value lies exactly halfway between two doubles. C's pow (glibc) does
# not round these ties to even: its result depends on the sign of its internal approximation
# error. Ours rounds the exact value half-to-even (ledger: fmt_float_pow_ties). Operands are
# variables so that the compiler does not fold the powers into constants.
ten, six, three, half3 = 10.0, 6.0, 3.0, 1.5
print(ten ** 23, ten ** -23 * ten ** 23)
print(six ** 34, (-six) ** 34)
print(three ** 34, half3 ** 34)
