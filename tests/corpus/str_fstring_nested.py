items = ["a", "b"]
d = {"k": "v"}
print(f"{items[0]}{items[-1]}")
print(f"{d['k']}")
print(f"{len(items) * 2}")
print(f"{'yes' if items else 'no'}")
print(f"{f'{1 + 1}'}")
print(f"{items!r:>12}")
x = 10
print(f"{x:{'>'}{x}}|")
print(f"multi {x} "
      f"line {x + 1}")
print(f"{3.5!r}", f"{None}", f"{True:d}")
