a = 1j
b = 2 + 3j
c = -1j
