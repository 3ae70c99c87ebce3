a = 1; b = 2
if x: a; b; c
def f(): return 1;
