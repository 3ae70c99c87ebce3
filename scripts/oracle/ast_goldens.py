"""Golden ASTs for tests/unit/parser-golden.test.ts.

For every tests/golden-data/ast/NAME.py writes tests/golden-data/ast/NAME.dump:
`ast.dump(ast.parse(source), include_attributes=True, indent=1)` of python3.12, source read as
text with newlines kept as written. Also writes NAME.m_ast (`python3.12 -m ast NAME.py` stdout)
for the first few files and for *type_comments* files, to check formatAstModule (which parses
with type_comments=True like `-m ast`).

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/ast_goldens.py
"""
import ast
import glob
import os
import subprocess
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, "tests", "golden-data", "ast")
M_AST = 8  # files that also get a `-m ast` golden


def main():
    warnings.simplefilter("ignore")
    files = sorted(glob.glob(os.path.join(DIR, "*.py")))
    for i, path in enumerate(files):
        with open(path, encoding="utf-8", newline="") as f:
            src = f.read()
        tree = ast.parse(src, os.path.basename(path))
        with open(path[:-3] + ".dump", "w", encoding="utf-8", newline="\n") as f:
            f.write(ast.dump(tree, include_attributes=True, indent=1) + "\n")
        if i < M_AST or "type_comments" in path:
            out = subprocess.run([sys.executable, "-W", "ignore", "-m", "ast", path], capture_output=True, check=True)
            with open(path[:-3] + ".m_ast", "wb") as f:
                f.write(out.stdout)
    print(f"{len(files)} goldens")


main()
