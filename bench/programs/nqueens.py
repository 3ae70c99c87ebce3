# Count N-queens solutions with a recursive generator and set bookkeeping.
def solutions(n, row=0, cols=frozenset(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        for rest in solutions(n, row + 1, cols | {col}, diag1 | {row + col}, diag2 | {row - col}):
            yield (col,) + rest


count = 0
first = None
for sol in solutions(8):
    if first is None:
        first = sol
    count += 1
print(count, first)
