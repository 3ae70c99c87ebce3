"""Goldens for the SyntaxWarnings our parser reports (tests/unit/parser-syntax-errors.test.ts):
for each snippet below, the warnings python3.12 emits while parsing (`ast.parse`, so no compiler
warnings): [category, message, lineno]. Writes tests/golden-data/syntax-errors/warnings.json.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/parser_warnings.py
"""
import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNIPPETS = [
    "x = '\\d'\n", "x = b'\\d'\n", "x = '\\777'\n", "x = b'\\777'\n", "x = '\\d\\w'\n", "x = r'\\d'\n",
    "x = f'\\d{y}'\n", "x = f'{y}\\d'\n", "x = f'\\{y}'\n", "x = f'{y:\\d}'\n", "x = '''\n\\d'''\n",
    "x = f'''\n{y}\n\\q'''\n", "x = 1if y else 2\n", "x = 0x1for y in z\n", "x = '\\N{EM DASH}\\d'\n",
    "x = 'a' '\\d' '\\e'\n", "x = b'\\u1234'\n", "x = '\\8'\n", "x = '\\\\d'\n", "x = 1\ny = '\\d'\nz = (\n'\\p')\n",
]


def main():
    out = []
    for src in SNIPPETS:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                ast.parse(src, "<snippet>")
            except SyntaxError:
                pass
        out.append({"source": src, "warnings": [[x.category.__name__, str(x.message), x.lineno] for x in w]})
    with open(os.path.join(ROOT, "tests", "golden-data", "syntax-errors", "warnings.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(len(out), "snippets")


main()
