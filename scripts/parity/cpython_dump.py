"""CPython 3.12 side of the compiler parity harness (scripts/parity.mjs).

Reads a JSON list of [source_path, cache_path, filename] on stdin; for each, compiles the source
as `compile(src, filename, 'exec', dont_inherit=True, optimize=N)` (N = argv[1], default 0) and
writes cache_path:
  {"code": code_json(...) | null, "error": "SyntaxError: ..." | null, "compile_ms": float,
   "tokens": {"stdout", "stderr", "status"} as `python3.12 -m tokenize`,
   "ast": ast.dump(ast.parse(src), include_attributes=True) | null,
   "dis": dis.dis(code) text with code-object addresses replaced by 0xADDR | null,
   "positions": sha1 of the JSON [[co_lines], [co_positions]] of every code object, depth first}
Run by parity.mjs as: PYENV_VERSION=3.12 python3.12 scripts/parity/cpython_dump.py < list.json
"""
import ast
import dis
import hashlib
import io
import json
import os
import re
import sys
import time
import tokenize

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'oracle'))
from code_json import code_json  # noqa: E402

sys.setrecursionlimit(10000)


def tokens_cli(path):
    out = io.StringIO()
    err = ""
    status = 0
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
        for t in toks:
            rng = "%d,%d-%d,%d:" % (t.start + t.end)
            out.write("%-20s%-15s%-15r\n" % (rng, tokenize.tok_name[t.type], t.string))
    except IndentationError as e:
        line, column = e.args[1][1:3]
        err = "%s:%d:%d: error: %s\n" % (path, line, column, e.args[0])
        status = 1
    except tokenize.TokenError as e:
        line, column = e.args[1]
        err = "%s:%d:%d: error: %s\n" % (path, line, column, e.args[0])
        status = 1
    except SyntaxError as e:
        err = "%s: error: %s\n" % (path, e)
        status = 1
    return {"stdout": "" if status else out.getvalue(), "stderr": err, "status": status}


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


def positions_digest(co):
    nz = lambda v: -1 if v is None else v  # noqa: E731
    data = [[[[s, e, nz(l)] for s, e, l in c.co_lines()], [nz(v) for p in c.co_positions() for v in p]] for c in walk(co)]
    return hashlib.sha1(json.dumps(data, separators=(',', ':')).encode()).hexdigest()


def main():
    items = json.load(sys.stdin)
    optimize = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    for src_path, cache_path, filename in items:
        with open(src_path, 'rb') as f:
            src = f.read()
        res = {"code": None, "error": None, "compile_ms": 0.0, "ast": None, "dis": None}
        try:
            t0 = time.perf_counter()
            co = compile(src, filename, 'exec', dont_inherit=True, optimize=optimize)
            res["compile_ms"] = (time.perf_counter() - t0) * 1000
            res["code"] = code_json(co)
            buf = io.StringIO()
            dis.dis(co, file=buf)
            res["positions"] = positions_digest(co)
            res["dis"] = re.sub(r' at 0x[0-9a-f]+,', ' at 0xADDR,', buf.getvalue())
        except Exception as e:  # SyntaxError mostly; also ValueError (e.g. source with NUL bytes)
            res["error"] = f"{type(e).__name__}: {e}"
        try:
            res["ast"] = ast.dump(ast.parse(src, filename), include_attributes=True)
        except Exception:
            pass
        try:
            res["tokens"] = tokens_cli(src_path)
        except Exception as e:
            res["tokens"] = {"stdout": "", "stderr": f"{type(e).__name__}: {e}", "status": -1}
        tmp = cache_path + '.tmp'
        with open(tmp, 'w', encoding='utf-8') as f:
            json.dump(res, f, separators=(',', ':'))
        os.replace(tmp, cache_path)


if __name__ == '__main__':
    main()
