r = a < b <= c > d >= e == f != g
r = a is b
r = a is not b
r = a in b
r = a not in b
r = 1 < x < 10
