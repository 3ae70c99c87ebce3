# sys internals: recursion limit, interpreter settings and object sizes
# Mechanism: sys module
import sys

print("recursion limit:", sys.getrecursionlimit())
print("max int digits:", sys.get_int_max_str_digits())
for value in (0, 1, 2**30, 2**60, "", "abc", (), [], {}):
    print(f"{value!r:>22} {sys.getsizeof(value)}")
print("implementation:", sys.implementation.name, sys.version_info[:2])
