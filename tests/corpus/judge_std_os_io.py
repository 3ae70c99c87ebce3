"""Path handling, in-memory files, pretty printing and argv."""
import os
import os.path
import io
import sys
import pprint

p = "/home/user/projects/report.final.txt"
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p), os.path.splitext("archive.tar.gz"))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "/abs", "x"), os.path.join("dir/", "file"))
print(os.path.normpath("/a/b/../c/./d//e"), os.path.isabs(p), os.path.isabs("rel/path"), os.path.abspath("/x/../y"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/bin"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/x"), os.path.expanduser("~nonexistentuser/x"), os.path.splitdrive("/x/y"))
print(os.sep, os.pathsep, os.extsep, os.curdir, os.pardir, os.linesep == "\n", os.name)
print(os.path.exists("/definitely/not/here"), os.path.isfile("/definitely/not/here"), os.path.isdir("/"))
print(os.path.basename(os.path.abspath(__file__)), os.path.exists(__file__))
print(os.environ.get("SURELY_UNSET_VARIABLE_XYZ", "default"), "PATH" in os.environ or True)

buf = io.StringIO()
buf.write("first line\n")
buf.write("second line\n")
print("third", "line", sep="-", file=buf)
print(buf.tell(), repr(buf.getvalue()))
buf.seek(0)
print(buf.readline().rstrip(), buf.read().splitlines())
csv_like = io.StringIO("name,qty\napple,3\npear,5\n")
header = csv_like.readline().strip().split(",")
rows = [dict(zip(header, line.strip().split(","))) for line in csv_like]
print(rows)
for i, line in enumerate(io.StringIO("x\ny\nz")):
    print(i, repr(line))
b = io.BytesIO()
b.write(b"\x00\x01binary")
b.write("é".encode("utf-8"))
print(b.getvalue(), len(b.getvalue()), b.seek(2), b.read(3))
with io.StringIO("ctx manager") as s:
    print(s.read(3), s.closed)
print(s.closed)

data = {"name": "widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20, "d": 5},
        "history": [{"v": i, "notes": "x" * (i * 7)} for i in range(4)], "empty": {}, "nested": [[1, [2, [3, [4]]]]]}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(data, depth=1)
print(pprint.pformat({"b": 2, "a": 1}), pprint.isreadable([1, 2]), pprint.saferepr({"k": [1, 2]}))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key": ["value"] * 5, "other": (1, 2)})
long_str = {"text": "lorem ipsum dolor sit amet " * 4}
pprint.pprint(long_str, width=50)

print(len(sys.argv), os.path.basename(sys.argv[0]), sys.argv[1:])
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.platform)
print(type(sys.path).__name__, sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
sys.stdout.write("written directly\n")
print("to stderr is not captured here", file=sys.stdout)
