def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"bad input {s!r}")
data = {"a": [1, 2]}
print(data["a"][1])
parse("xyz")
