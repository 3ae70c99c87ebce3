# Text tables: zfill, center, ljust, rjust and repetition for borders.
rows = []
for i in range(20000):
    cells = [str(i).zfill(6), ("n%d" % (i % 300)).center(10, "."), ("v%d" % (i * 3)).ljust(9), str(i % 77).rjust(5, "0")]
    rows.append("|" + "|".join(cells) + "|")
border = "+" + "-" * 6 + "+" + "=" * 10 + "+" + "-" * 9 + "+" + "~" * 5 + "+"
table = border + "\n" + "\n".join(rows) + "\n" + border
print(len(table), rows[1234], border, "-5".zfill(4), "x".center(4, "*"))
