# math module functions in loops; divmod/pow/abs/round
import math
acc = 0.0
for i in range(1, 40000):
    acc += math.sqrt(i) + math.sin(i) * math.cos(i) + math.log(i) - math.floor(i / 3)
    q, r = divmod(i, 7)
    acc += q - r + abs(-i) % 3 + round(i / 7, 2)
tot = 0
for i in range(1, 3000):
    tot += pow(i, 5, 1009) + math.gcd(i, 360) + math.isqrt(i) + math.comb(12, i % 12)
print(round(acc, 4), tot, math.factorial(20), math.hypot(3, 4))
