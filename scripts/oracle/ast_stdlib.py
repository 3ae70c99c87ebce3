"""Expected ASTs for the stdlib parity check of our parser (scripts/ast-parity.mjs).

For every .py in node_modules/pyodide/python_stdlib.zip: `ast.dump(ast.parse(src),
include_attributes=True)` (src decoded as UTF-8 text, as our parser receives it), or the
SyntaxError's (type, msg, lineno, offset, end_lineno, end_offset). Also times ast.parse over the
whole set. Writes .cache/ast-parity/expected.json (gitignored).

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/ast_stdlib.py [--time-only] [--type-comments]
  --type-comments  parse with type_comments=True (as `-m ast` does) into expected-tc.json
  --time-only  only print {"parse_seconds": best of 3} as JSON (scripts/ast-parity.mjs --time-python)
"""
import ast
import json
import os
import sys
import time
import warnings
import zipfile

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")
OUT = os.path.join(ROOT, ".cache", "ast-parity")


def main():
    os.makedirs(OUT, exist_ok=True)
    warnings.simplefilter("ignore")
    sources = {}
    with zipfile.ZipFile(ZIP) as z:
        for name in sorted(z.namelist()):
            if name.endswith(".py"):
                sources[name] = z.read(name).decode("utf-8", "surrogateescape")
    results = {}
    parse_s = float("inf")
    for _ in range(3 if "--time-only" in sys.argv else 1):
        t0 = time.perf_counter()
        for name, src in sources.items():
            try:
                ast.parse(src, name)
            except SyntaxError:
                pass
        parse_s = min(parse_s, time.perf_counter() - t0)
    if "--time-only" in sys.argv:
        print(json.dumps({"parse_seconds": parse_s}))
        return
    for name, src in sources.items():
        try:
            tree = ast.parse(src, name, type_comments="--type-comments" in sys.argv)
            results[name] = {"dump": ast.dump(tree, include_attributes=True)}
        except SyntaxError as e:
            results[name] = {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    out = "expected-tc.json" if "--type-comments" in sys.argv else "expected.json"
    with open(os.path.join(OUT, out), "w") as f:
        json.dump({"parse_seconds": parse_s, "results": results}, f)
    print(f"{len(results)} files, ast.parse total {parse_s * 1000:.0f} ms")


main()
