# math.erf and math.erfc: small arguments, the central region, negative arguments, the limits,
# and statistics.NormalDist built on erfc. (erfc's positive tail beyond 1.25, where glibc's own
# approximation is not correctly rounded, is the ledger case num_math_erfc_tail.)
import math
from statistics import NormalDist

for x in [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.3, 0.5, 0.8, 1.0, 2.5, 4.0, 5.9, 6.5,
          -0.5, -1.0, -2.0, -4.0, -6.5, 27.5, 30.0]:
    print(f"{x!r:>8} {math.erf(x)!r:>24} {math.erfc(x)!r:>24}")
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
print(sum(math.erf(i / 7) for i in range(-20, 21)), math.erfc(0.75) + math.erf(0.75))
nd = NormalDist(100, 15)
print(nd.cdf(130), nd.cdf(85), round(nd.cdf(100), 12), NormalDist().cdf(1.96))
print([round(NormalDist().cdf(z), 6) for z in (-3, -2, -1, 0, 1, 2, 3)])
