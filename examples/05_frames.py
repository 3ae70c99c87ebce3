# Frames: each call gets a frame holding its locals and its place in the bytecode
# Mechanism: frame objects
import sys

def inner(n):
    frame = sys._getframe()
    print("inner sees locals:", sorted(frame.f_locals))
    print("called from line", frame.f_back.f_lineno, "in", frame.f_back.f_code.co_name)
    return n * 2

def outer():
    x = 21
    return inner(x)

print(outer())
