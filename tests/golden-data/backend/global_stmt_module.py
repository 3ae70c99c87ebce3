global q
q = 1
