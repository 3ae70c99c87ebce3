"""Expected SyntaxErrors for tests/unit/parser-syntax-errors.test.ts.

Reads tests/golden-data/syntax-errors/snippets.txt (blocks introduced by a `### name` line; the
snippet is the following lines, each ending in '\\n') and compiles each with python3.12's
compile(src, '<snippet>', 'exec'). Writes tests/golden-data/syntax-errors/expected.json: per
snippet its source, the error (type name, msg, lineno, offset, end_lineno, end_offset) or null
when it compiles, the error's `text` (the source line CPython shows), and the stage that reports it:
  tokenizer  CPython's tokenizer in parser mode (_tokenize.TokenizerIter, extra_tokens=False)
             raises the same error (an unclosed bracket shows there as "unexpected EOF"),
  parser     ast.parse() raises (the PEG parser, incl. its invalid_* pass),
  compiler   ast.parse() succeeds but compile() raises (symtable/codegen: not the parser's job).

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/syntax_errors.py
"""
import ast
import io
import json
import os
import sys
import _tokenize
import warnings

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, "tests", "golden-data", "syntax-errors")


def snippets():
    name, lines = None, []
    with open(os.path.join(DIR, "snippets.txt"), encoding="utf-8", newline="") as f:
        for line in f:
            if line.startswith("### "):
                if name is not None:
                    yield name, "".join(lines)
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        yield name, "".join(lines)


def err_tuple(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]


def stage(src, err):
    try:
        ast.parse(src, "<snippet>")
    except SyntaxError:
        try:
            list(_tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=False))
        except SyntaxError as e:
            if e.msg == err.msg or (err.msg.endswith("was never closed") and e.msg.startswith("unexpected EOF")):
                return "tokenizer"
        return "parser"
    return "compiler"


def main():
    warnings.simplefilter("ignore")
    out = []
    for name, src in snippets():
        try:
            compile(src, "<snippet>", "exec", dont_inherit=True)
            out.append({"name": name, "source": src, "error": None, "stage": None})
        except SyntaxError as e:
            out.append({"name": name, "source": src, "error": err_tuple(e), "stage": stage(src, e), "text": e.text})
    with open(os.path.join(DIR, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    counts = {}
    for o in out:
        counts[o["stage"]] = counts.get(o["stage"], 0) + 1
    print(len(out), "snippets", counts)


main()
