"""Committed sample for the parity ledger test (tests/parity/ledger.test.ts).

Compiles a few files of node_modules/pyodide/python_stdlib.zip with python3.12
(compile(src, name, 'exec', dont_inherit=True)) and writes tests/parity/sample/<name>.json
= {"file": name, "code": code_json(code)}. The test compiles the same sources (read from the zip)
with our pipeline so `npm test` needs no Python.
Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/backend_parity_sample.py
"""
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_json import code_json  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
ZIP = os.path.join(ROOT, 'node_modules', 'pyodide', 'python_stdlib.zip')
OUT = os.path.join(ROOT, 'tests', 'parity', 'sample')
SAMPLE = [
    'bisect.py', 'keyword.py', 'colorsys.py', 'this.py', 'abc.py', 'fnmatch.py', 'copy.py',
    'heapq.py', 'textwrap.py', 'contextlib.py', 'string.py', 'operator.py', 'json/encoder.py',
    'reprlib.py', 'graphlib.py', 'shlex.py',
]


def main():
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(ZIP) as z:
        for name in SAMPLE:
            src = z.read(name)
            co = compile(src, name, 'exec', dont_inherit=True)
            with open(os.path.join(OUT, name.replace('/', '__') + '.json'), 'w', encoding='utf-8') as f:
                json.dump({'file': name, 'code': code_json(co)}, f, separators=(',', ':'))
                f.write('\n')
    print(f'{len(SAMPLE)} files')


if __name__ == '__main__':
    # str hashes decide frozenset order in the dumped constants: fix them so goldens are stable
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, 'PYTHONHASHSEED': '0'})
    main()
