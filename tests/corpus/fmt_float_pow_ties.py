# Integer powers whose exact value lies exactly halfway between two doubles. C's pow (glibc) does
# not round these ties to even: its result depends on the sign of its internal approximation
# error. Ours rounds the exact value half-to-even (ledger: fmt_float_pow_ties).
print(10.0 ** 23, 10.0 ** -23 * 10.0 ** 23)
print(6.0 ** 34, (-6.0) ** 34)
print(3.0 ** 34, 1.5 ** 34)
