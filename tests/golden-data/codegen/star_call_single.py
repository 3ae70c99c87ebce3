f(*a)
f(*a, *b)
f(**k)
f(a, **k)
