# OSError: argument parsing into errno/strerror/filename, subclass by errno, str forms, pickling args.
for args in [(), ("x",), (2, "No such file or directory"), (2, "No such file or directory", "x"),
             (2, "msg", "a", None, "b"), (1, 2, 3, 4, 5, 6), (13, "Permission denied", "f", 5),
             (None, "x"), (2, None), (17, "exists", b"path"), (999, "unknown")]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111):
    print(n, type(OSError(n, "m")).__name__)
print(IOError is OSError, EnvironmentError is OSError, type(OSError(2)).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
try:
    open("/nonexistent-dir/zz")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.args)
e = OSError(2, "x")
e.filename = "q"
print(str(e))
e.filename2 = "r"
print(str(e))
e.errno = 5
e.strerror = "changed"
print(str(e), e.args)
b = BlockingIOError(11, "would block", 7)
print(b.characters_written, b.filename, str(b))
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as err:
    print("AttributeError", err)
print(OSError(2, "a", "f").__reduce__(), OSError(2, "a", "f", None, "g").__reduce__(), OSError("plain").__reduce__())

class MyOSError(OSError):
    def __init__(self, path):
        super().__init__(2, "custom", path)
        self.extra = path
m = MyOSError("p.txt")
print(type(m).__name__, str(m), m.args, m.errno, m.extra)
class Plain(OSError):
    pass
print(type(Plain(2, "x")).__name__, str(Plain(2, "x", "y")))
try:
    OSError(2, "x", kw=1)
except TypeError as err:
    print(err)
