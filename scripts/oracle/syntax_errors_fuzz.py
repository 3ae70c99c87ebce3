"""Mutation corpus for the parser's error parity (scripts/syntax-errors-fuzz.mjs; not npm test).

Takes windows of top-level code from the stdlib (pyodide's python_stdlib.zip), applies one
random mutation (delete, duplicate, insert a token from a fixed list, swap two neighbours,
delete or insert one character), keeps the mutants python3.12 rejects in the parser/tokenizer stage and records
compile()'s error (type, msg, lineno, offset, end_lineno, end_offset). Mutants that still parse
are kept too (about one in five), with their ast.dump(include_attributes=True).
Writes .cache/syntax-fuzz/cases.json (gitignored).

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/syntax_errors_fuzz.py [N] [SEED] [FOCUS]
  FOCUS: a regex; windows then start at (dedented) lines matching it, anywhere in a file.
"""
import ast
import json
import os
import random
import re
import sys
import warnings
import zipfile

assert sys.version_info[:2] == (3, 12), "run with python3.12"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")
OUT = os.path.join(ROOT, ".cache", "syntax-fuzz")
INSERTS = [":", "(", ")", "=", ",", "if", "else", "*", "**", "lambda", "]", "[", "{", "}", '"', "'", 'f"{',
           "\\", "for", "in", "not", "async", "await", "yield", "...", ".", ":=", "->", "@", "def", "class",
           "import", "from", "as", "match", "case", "_", "1", "0x", "\t", "    ", "\n", "pass", "return", "del",
           "global", "try", "except", "finally", "with", "while", "is", "and", "or", "$", "!", "?", "1j", "b''",
           "f'", "'''", "None", "True", "=="]
TOKEN = re.compile(r"\w+|[^\w\s]{1,3}|\s+")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 12)
    focus = re.compile(sys.argv[3]) if len(sys.argv) > 3 else None
    warnings.simplefilter("ignore")
    files = []
    with zipfile.ZipFile(ZIP) as z:
        for name in sorted(z.namelist()):
            if name.endswith(".py"):
                files.append(z.read(name).decode("utf-8", "replace").splitlines(keepends=True))
    cases = []
    tries = 0
    while len(cases) < n and tries < n * 20:
        tries += 1
        lines = rnd.choice(files)
        if focus:
            starts = [i for i, l in enumerate(lines) if focus.search(l)]
        else:
            starts = [i for i, l in enumerate(lines) if l[:1].isalpha() or l.startswith("@")]
        if not starts:
            continue
        s = rnd.choice(starts)
        window = lines[s:s + rnd.randint(1, 12)]
        ind = len(window[0]) - len(window[0].lstrip())
        window = [l[ind:] if l[:ind].isspace() else l for l in window]
        src = "".join(window)
        toks = [m for m in TOKEN.finditer(src) if not m.group().isspace()]
        if not toks:
            continue
        t = rnd.choice(toks)
        op = rnd.randrange(6)
        if op == 0:
            mutant = src[:t.start()] + src[t.end():]
        elif op == 1:
            mutant = src[:t.end()] + " " + t.group() + src[t.end():]
        elif op == 2:
            ins = rnd.choice(INSERTS)
            pos = rnd.choice([t.start(), t.end()])
            mutant = src[:pos] + ins + src[pos:]
        elif op == 4:
            pos = rnd.randrange(len(src))
            mutant = src[:pos] + src[pos + 1:]
        elif op == 5:
            pos = rnd.randrange(len(src) + 1)
            mutant = src[:pos] + rnd.choice("()[]{}:;,.=+-*/%@&|^~<>!'\"#\\ \t\nabcxyz019_$?`") + src[pos:]
        else:
            i = toks.index(t)
            if i + 1 >= len(toks):
                continue
            u = toks[i + 1]
            mutant = src[:t.start()] + u.group() + src[t.end():u.start()] + t.group() + src[u.end():]
        try:
            compile(mutant, "<fuzz>", "exec", dont_inherit=True)
            if rnd.random() < 0.2:
                cases.append({"source": mutant, "error": None, "dump": ast.dump(ast.parse(mutant), include_attributes=True)})
            continue
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            text = e.text
        except (ValueError, MemoryError, RecursionError):
            continue
        try:
            ast.parse(mutant, "<fuzz>")
            continue  # compiler-stage error: not the parser's
        except SyntaxError:
            pass
        cases.append({"source": mutant, "error": err, "text": text})
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump(cases, f)
    print(len(cases), "cases")


main()
