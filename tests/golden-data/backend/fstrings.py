s = f'{a}{b!r:>{w}} and {c=}'
t = f'{x:.2f}'
