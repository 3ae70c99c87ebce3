# Exception attributes: args, notes, tracebacks, cause/context checks, keyword fields, str/repr.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)), repr(KeyError("a")), str(KeyError("")))
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
e.args = ("z",)
print(str(e), repr(e))
e.args = [1, 2]
print(e.args)
e = ValueError("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
show("add_note int", lambda: ValueError().add_note(5))
show("add_note none", lambda: ValueError().add_note())
e = ValueError()
e.__notes__ = "abc"
show("add_note bad notes", lambda: e.add_note("x"))
try:
    raise ValueError("boom")
except ValueError as err:
    tb = err.__traceback__
e2 = RuntimeError("r").with_traceback(tb)
print(e2.__traceback__ is tb, RuntimeError().with_traceback(None).__traceback__)
show("with_traceback bad", lambda: RuntimeError().with_traceback(5))
show("tb set bad", lambda: setattr(RuntimeError(), "__traceback__", 5))
e = Exception()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError()
print(e.__suppress_context__, type(e.__cause__).__name__)
show("cause bad", lambda: setattr(Exception(), "__cause__", 5))
show("context bad", lambda: setattr(Exception(), "__context__", "x"))
print(repr(Exception()), repr(Exception("a")), repr(Exception("a", 1)), repr(str(Exception())), str(Exception(None)))
print(BaseException.__new__(ValueError).args)

class E(Exception):
    def __init__(self, x):
        self.x = x
e = E(5)
print(e.args, str(e), repr(e), e.x)
class F(Exception):
    def __init__(self, x):
        super().__init__("F", x)
print(F(1).args, str(F(1)))
print(StopIteration(3).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
s = StopIteration(1)
s.value = 9
print(s.value, s.args)
e = ImportError("m", name="n", path="p")
print(e.name, e.path, e.msg, str(e), repr(e), e.args)
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")))
show("ImportError bad kw", lambda: ImportError(foo=1))
e = AttributeError("a", name="n", obj=1)
print(e.name, e.obj, e.args)
print(NameError("a", name="n").name, NameError("a").name)
show("NameError bad kw", lambda: NameError(obj=1))
show("ValueError kw", lambda: ValueError(x=1))
e = SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), e.args)
print(str(SyntaxError("m")), str(SyntaxError("m", ("dir/f", 3, 1, "x"))), str(SyntaxError("m", (None, 3, 1, "x"))), str(SyntaxError()))
print(SyntaxError().msg, SyntaxError().lineno, SyntaxError("m").print_file_and_line)
show("SyntaxError short info", lambda: SyntaxError("m", (1, 2)))
try:
    compile("x = (", "prog.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset, str(err), err.__dict__)
print(ValueError(1).__reduce__(), KeyError("k").__reduce__())
v = ValueError(1)
v.extra = 2
print(v.__reduce__())
w = ValueError()
w.__setstate__({"a": 1})
print(w.a)
g = ExceptionGroup("g", [ValueError(1), TypeError()])
print(g.exceptions, str(g), repr(g))
