"""Goldens for the parser's other modes ('eval', 'single', 'func_type'):
tests/golden-data/ast/modes.json, a list of {mode, source, dump | error} where dump is
ast.dump(ast.parse(source, '<s>', mode), include_attributes=True) and error the SyntaxError's
(type, msg, lineno, offset, end_lineno, end_offset). Sources are this script's own snippets.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/ast_modes.py
"""
import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = {
    "eval": ["1 + 2", "x\n", "a, b", "x\n\n", "", "x = 1", "yield x", "(yield x)", "lambda: 1", "*a", "*a, b",
             "a if b else c", "1 2", "f(", "x;", "\n\nx", "  x", "[i for i in r]", "f'{x!r}'", "a[1:2, ...]"],
    "single": ["x = 1", "x = 1\n", "if x:\n  pass\n", "if x:\n  pass", "x; y", "x\ny\n", "", "\n",
               "def f():\n  return 1\n\n", "1 +", "if x:\n  pass\nelse:\n  pass\n", "for x in y: pass", "# comment",
               "x # comment\n", "if x:\n  y\nz", "x = (1,\n2)", "@d\ndef f(): pass\n", "x\n# c\n  \n", "x  # c\ny",
               "if x:\n    if y:\n        pass", "class A:\n  def f(self):\n    pass\n", "x = 1\n\n\n",
               "match x:\n  case 1:\n    pass\n", "async def f():\n  await x\n",
               "return e\n" + "#" * 60 + "\nwhile 1:", "x  # " + "#" * 60 + "\n\n"],
    "func_type": ["(int, str) -> bool", "() -> None", "(*int) -> x", "(**k) -> x", "(a, *b, **c) -> d",
                  "(a) -> b\n", "x -> y", "(a, *b, c) -> d", "(List[int]) -> Dict[str, int]"],
}


def main():
    warnings.simplefilter("ignore")
    out = []
    for mode, sources in CASES.items():
        for src in sources:
            try:
                out.append({"mode": mode, "source": src, "dump": ast.dump(ast.parse(src, "<s>", mode), include_attributes=True)})
            except SyntaxError as e:
                out.append({"mode": mode, "source": src, "error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
    with open(os.path.join(ROOT, "tests", "golden-data", "ast", "modes.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(len(out), "cases")


main()
