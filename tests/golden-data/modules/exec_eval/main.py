# exec / eval / compile with source strings, code objects and namespaces.
g = {}
exec("x = 1\ny = x + 1\ndef f(a):\n    return a * y\n", g)
print(g['y'], g['f'](5), sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
print(eval("  y * 10", g))
print(eval("x + z", g, {'z': 100}))
c = compile("a = 5\nb = a * 2", "<myfile>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['a'], ns['b'])
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e), e.co_name)
s = compile("print('single', 7)", "<s>", "single")
exec(s)
for bad in ["x = (", "def f(:\n  pass", "  indented", "return 5", "x = 1 +"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, repr(err.msg), err.lineno, err.offset, err.filename, repr(err.text))
def outer():
    z = 3
    loc = {}
    exec("w = z + 1", {"z": z}, loc)
    return eval("z + 1"), loc['w']
print(outer())
print(eval("__name__"), eval("__name__", {}))
try:
    exec("1/0")
except ZeroDivisionError as err:
    print('ZeroDivisionError', err)
try:
    eval("undefined_name")
except NameError as err:
    print('NameError', err)
for args in [(42,), ("1", []), ("1", {}, 5)]:
    try:
        eval(*args)
    except TypeError as err:
        print('TypeError', err)
try:
    exec("1", [])
except TypeError as err:
    print('TypeError', err)
try:
    compile("1", "f", "bogus")
except ValueError as err:
    print('ValueError', err)
def make():
    q = 1
    def inner():
        return q
    return inner
try:
    exec(make().__code__)
except TypeError as err:
    print('TypeError', err)
code = compile("result = [i * i for i in range(5)]", "<c>", "exec")
d = {}
exec(code, d)
print(d['result'])
exec("import keyword as kw_mod", d)
print(d['kw_mod'].__name__)
print(eval(compile("lambda v: v + 1", "<l>", "eval"))(1))
