x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b11101; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = "ab"
s *= 3; print(s)
xs = [1]
ys = xs
xs += [2]
print(xs, ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
