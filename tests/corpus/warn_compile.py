# Compile-time warnings: the program's own (printed before it runs) and compile()/exec() ones,
# through the same filters ("error" turns them into SyntaxError).
import warnings

x = 5
if x is 5:
    print("is with an int literal")
if x is not "text":
    print("is not with a str literal")
path = "C:\dir"
assert (x, "always true")
def callables():
    return [(1, 2) (3, 4), "a" "b"[1, 2], [1, 2]["x"]]

src = "y = 1\nif y is 1: pass\n"
code = compile(src, "<demo>", "exec")
exec(compile("z = 'a\\d'\n", "snippet.py", "exec"))
eval("1 is 1")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile(src, "<demo>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("assert (1, 2)\nf = lambda: 1(2)\ng = lambda: [1][1, 2]\nh = lambda: (1)[2.0]\n", "<x>", "exec")
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("q = 1 is 1\n", "<quiet>", "exec")
print("done")
