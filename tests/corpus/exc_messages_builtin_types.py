# TypeError/ValueError messages of builtin types used with wrong operand types (3.12 wording).
n, s, l, t, none, f, d = 1, "a", [1], (1,), None, 1.5, {}
cases = [
    lambda: n + s, lambda: s + n, lambda: l + t, lambda: t + l, lambda: n < s, lambda: s < n,
    lambda: l < t, lambda: none < none, lambda: l[s], lambda: t[s], lambda: s[s], lambda: none[0],
    lambda: none(), lambda: n(), lambda: iter(none), lambda: [x for x in n], lambda: len(n),
    lambda: d["k"], lambda: l[5], lambda: s * s, lambda: l * f, lambda: -s, lambda: ~f, lambda: abs(s),
    lambda: n - s, lambda: d + d, lambda: {1} + {2}, lambda: n / s, lambda: b"a" + s, lambda: s + b"a",
    lambda: int(none), lambda: float(l), lambda: list(n), lambda: tuple(none), lambda: dict(n),
    lambda: dict([1]), lambda: set(n), lambda: sorted(n), lambda: sum([s]), lambda: sum([1], s),
    lambda: min([]), lambda: range(s), lambda: range(f), lambda: s.join([1]), lambda: ", ".join(n),
    lambda: [].index(1), lambda: t.index(2), lambda: s.index("b"), lambda: [].pop(), lambda: {}.popitem(),
    lambda: chr(-1), lambda: chr(s), lambda: ord("ab"), lambda: hex(f), lambda: divmod(s, 1),
    lambda: getattr(1, 2), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: n in n,
    lambda: n in s, lambda: l in d, lambda: bool(1, 2), lambda: n.foo, lambda: next(l), lambda: reversed(n),
    lambda: enumerate(n), lambda: n @ n, lambda: n << f, lambda: f << n, lambda: n & f, lambda: s | n,
    lambda: int("1", 99), lambda: int(1, 2), lambda: sorted([1, s]), lambda: max(1, s),
    lambda: list.append(), lambda: [].append(), lambda: {}.update(5), lambda: {}.update([1]),
    lambda: s.center(s), lambda: s.ljust(5, "ab"), lambda: "{}".format(), lambda: "{0}{1}".format(1),
    lambda: (1).__add__(s), lambda: l[1:2:0], lambda: l[f], lambda: s[1:s], lambda: memoryview(b"a")[f],
]
for i, c in enumerate(cases):
    try:
        print(i, "OK", repr(c()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
def assign(obj, key, value):
    obj[key] = value
for obj, key in [([1], 5), ((1,), 0), ("a", 0), (None, 0)]:
    try:
        assign(obj, key, 1)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    del l[9]
except IndexError as e:
    print(e)
