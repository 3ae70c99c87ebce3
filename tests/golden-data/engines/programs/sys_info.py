import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.02)
print(sys.getswitchinterval())
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.implementation.name, sys.version_info[:2], hex(sys.hexversion), sys.byteorder, sys.platform)
print(sys.maxsize, sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.hash_randomization, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(sys.thread_info.name, sys.float_repr_style, sys.maxunicode)
print(sys.call_tracing(divmod, (17, 5)))
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
x = [1, 2, 3]
print(sys.getrefcount(x), sys.getrefcount(None))
a = sys.intern("engine room")
b = sys.intern("engine " + "room")
print(a is b)
for v in (0, 2**30, 2**90, 1.0, '', 'abc', [], [1, 2], (), (1, 2, 3), {}, {1: 2}, set(), object()):
    print(type(v).__name__, sys.getsizeof(v))
print(isinstance(sys.getallocatedblocks(), int))
