# Call stack: recursion pushes one frame per call; watch the call stack grow and unwind
# Mechanism: call stack
import sys

def depth_of(frame):
    d = 0
    while frame is not None:
        d += 1
        frame = frame.f_back
    return d

def countdown(n):
    if n == 0:
        print("deepest frame depth:", depth_of(sys._getframe()))
        return 0
    return 1 + countdown(n - 1)

print("calls:", countdown(4))
