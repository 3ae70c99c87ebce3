a = "ab" + "cd"
b = b"x" * 3
c = "é" * 2
d = "abc"[-1]
e = b"ab" + b"c"
