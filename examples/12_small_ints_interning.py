# Small ints and interning: some objects are shared, so `is` can be true for equal values
# Mechanism: small-int cache / string interning / immortal objects
import sys

a = 256
b = int("256")
print(a is b)            # -5..256 come from one shared table
c = 1000
d = int("1000")
print(c is d)            # bigger ints are made fresh
s = "hello_world"
t = "".join(["hello", "_", "world"])
print(s is t, s is sys.intern(t))
print(sys.getrefcount(None))   # immortal: a fixed huge number
