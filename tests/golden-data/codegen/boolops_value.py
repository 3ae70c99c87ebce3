x = a and b
y = a or b or c
z = a and (b or c)
