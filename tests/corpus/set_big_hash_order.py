# Sets whose members hash beyond +-2**52 (floats like -1.5 hash to about -2**60): the slot a
# colliding member lands in depends on the hash's high bits once the probe perturbs.
vals = [-1.5, -2.5, 2 ** 62, -(2 ** 62), 3 ** 40, -(3 ** 40)]
print(list(frozenset(vals)))
print(list({-1.5, -2.5, 2 ** 62, -(2 ** 62), 3 ** 40, -(3 ** 40)}))
print(sorted({-1.5, -2.5, 2 ** 62}), -2.5 in set(vals), hash(-2.5))
