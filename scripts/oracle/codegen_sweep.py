"""Dump CPython 3.12's code objects for a whole tree of sources, for the codegen sweep test.

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/codegen_sweep.py SOURCE OUT.json [optimize]
  SOURCE: a directory (all *.py below it) or a .zip (e.g. node_modules/pyodide/python_stdlib.zip)

Writes {relative_name: {"src": text, "co": code_json(compile(...))} | {"src", "error": [msg,
lineno, offset]}}. Then: BYTESCOPE_CODEGEN_SWEEP=OUT.json npx vitest run tests/unit/codegen-sweep.test.ts
compiles every source with our pipeline (parser + codegen + back end) and compares code objects.
Not committed output: it is large and derived from files outside the repo.
"""
import json
import os
import sys
import warnings
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from code_json import code_json  # noqa: E402


def sources(root):
    if root.endswith('.zip'):
        z = zipfile.ZipFile(root)
        for n in sorted(z.namelist()):
            if n.endswith('.py'):
                yield n, z.read(n).decode('utf-8')
        return
    for dp, _dn, fn in sorted(os.walk(root)):
        for f in sorted(fn):
            if f.endswith('.py'):
                p = os.path.join(dp, f)
                try:
                    with open(p, encoding='utf-8') as fh:
                        yield os.path.relpath(p, root), fh.read()
                except (UnicodeDecodeError, OSError):
                    continue


def main():
    root, out_path = sys.argv[1], sys.argv[2]
    optimize = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    warnings.simplefilter('ignore')
    out = {}
    for name, src in sources(root):
        try:
            out[name] = {'src': src, 'co': code_json(compile(src, name, 'exec', dont_inherit=True, optimize=optimize))}
        except SyntaxError as e:
            out[name] = {'src': src, 'error': [e.msg, e.lineno, e.offset]}
        except (RecursionError, MemoryError, ValueError):
            continue
    out['__optimize__'] = optimize
    with open(out_path, 'w', encoding='utf-8') as fh:
        json.dump(out, fh)
    print(len(out) - 1, 'sources')


if __name__ == '__main__':
    main()
