import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
sys.setrecursionlimit(2000)
print(depth(1900))
sys.setrecursionlimit(1000)
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError as e:
    print("sorted recursion:", type(e).__name__)
