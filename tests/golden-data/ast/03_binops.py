r = a + b - c * d / e // f % g ** h @ i
r = a << b >> c & d | e ^ f
r = -a + +b - ~c
r = not a
r = a ** -b ** c
r = (a + b) * (c - d)
