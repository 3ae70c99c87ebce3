x = (a +
     b +
     c)
y = f(
    1,
    2,
)
