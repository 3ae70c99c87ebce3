x = f(
    a,
    b,
)(c)
y = (
    1
    +
    2
)
z = [
  i
  for i in
  range(3)
]
