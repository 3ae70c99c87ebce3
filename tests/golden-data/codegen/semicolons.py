a = 1; b = 2; f(a); g(b)
