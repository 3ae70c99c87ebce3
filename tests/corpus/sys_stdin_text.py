import sys, io
print(sys.stdin, sys.stdin.buffer, sys.stdin.name, sys.stdin.encoding, sys.stdin.isatty(), sys.stdin.fileno())
first = sys.stdin.readline()
print(repr(first))
n = int(input("n? "))
print(n, repr(sys.stdin.read(3)), repr(input()))
rows = [list(map(int, line.split())) for line in [sys.stdin.readline() for _ in range(2)]]
print(rows)
for line in sys.stdin:
    if line.strip() == "stop":
        break
    print("line:", line.rstrip())
rest = sys.stdin.readlines()
print(rest, repr(sys.stdin.readline()), repr(sys.stdin.read()))
sys.stdin = io.StringIO("fake1\nfake2\n")
print(input("prompt> "), input())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__
try:
    input("x")
except EOFError as e:
    print("EOF again", e)
