# ZeroDivisionError messages of every int/float/complex operator and builtin form.
cases = ["1 % 0", "1 // 0", "divmod(1, 0)", "1 / 0", "1.0 % 0", "1 % 0.0", "1.0 // 0",
         "divmod(1.0, 0)", "1.0 / 0", "10**30 % 0", "10**30 // 0", "divmod(10**30, 0)",
         "10**30 / 0", "0 ** -1", "0.0 ** -1", "pow(2, -1, 1)", "(1+2j) / 0", "1 % False",
         "True // False", "(7).__mod__(0)", "(7).__floordiv__(0)", "(7).__truediv__(0)",
         "(7).__divmod__(0)", "(7.5).__mod__(0.0)", "(-3) % 0", "3 % -0.0", "0j ** -1",
         "(2).__rmod__(0)", "divmod(-7, 0.0)", "2.0 // 0.0", "1 % (0 * 10**40)"]
for c in cases:
    try:
        print(c, "=", eval(c))
    except ZeroDivisionError as e:
        print(c, "->", e)
    except ValueError as e:
        print(c, "-> ValueError", e)
x = 5
for op in ("x %= 0", "x //= 0", "x /= 0", "x %= 0.0"):
    try:
        exec(op)
    except ZeroDivisionError as e:
        print(op, "->", e)
