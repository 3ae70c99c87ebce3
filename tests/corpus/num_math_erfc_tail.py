# math.erfc for arguments above 1.25 down its tail to the subnormals: glibc computes these from
# exp() products of its own rational approximation, a last-digit rounding that is not the
# correctly rounded value for about a third of arguments.
import math
for x in [1.5, 2.0, 3.0, 5.0, 6.0, 10.0, 15.0, 20.0, 26.5]:
    print(f"{x!r:>6} {math.erfc(x)!r}")
