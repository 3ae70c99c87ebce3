"""Stdlib parity of our tokenizer (not part of npm test).

Tokenizes every .py file of node_modules/pyodide/python_stdlib.zip with python3.12's
`tokenize` (the exact output of `python3.12 -m tokenize FILE`, stdout + stderr + status) and with
ours (src/vm/tokenizer, bundled with esbuild and run by node), and reports how many are identical
and the time each took.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/tokens_stdlib_parity.py [--show N] [--parser]
Parser mode is checked too: each file's parser-mode stream against the C tokenizer's own
stream (_tokenize.TokenizerIter with extra_tokens=False; see tokens_fuzz.view for the one
known difference in how that iterator reports end columns).
"""
import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import tokenize
import zipfile

import _tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokens_fuzz import view  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")

RUNNER = r"""
import { runTokenizeCli, tokenize } from '%(root)s/src/vm/tokenizer/index';
import { readFileSync, writeFileSync } from 'node:fs';
const [listFile, outFile] = process.argv.slice(2);
const files: string[] = JSON.parse(readFileSync(listFile, 'utf8'));
const sources = files.map((f) => readFileSync(f));
const results: Record<string, { stdout: string; stderr: string; status: number }> = {};
const t0 = performance.now();
for (let i = 0; i < files.length; i++) results[files[i]] = runTokenizeCli(sources[i], files[i]);
const ms = performance.now() - t0;
const texts = sources.map((b) => new TextDecoder().decode(b));
const t1 = performance.now();
let ntok = 0;
for (const t of texts) ntok += tokenize(t, { mode: 'parser' }).length;
const parserMs = performance.now() - t1;
const parser: Record<string, unknown[]> = {};
for (let i = 0; i < files.length; i++) {
  parser[files[i]] = tokenize(texts[i], { mode: 'parser' }).map((t) => [t.exact, t.string, t.lineno, t.col, t.end_lineno, t.end_col]);
}
writeFileSync(outFile, JSON.stringify({ ms, parserMs, ntok, results, parser }));
"""


def python_cli(path):
    """What `python3.12 -m tokenize path` writes (stdout, stderr, status), computed in-process."""
    out = io.StringIO()
    err = ""
    status = 0
    try:
        with open(path, "rb") as f:
            tokens = list(tokenize.tokenize(f.readline))
        for token in tokens:
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.type], token.string))
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
    if status:
        out = io.StringIO()
    return out.getvalue(), err, status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=3, help="print the first diff of N failing files")
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 12), "run with python3.12"
    tmp = tempfile.mkdtemp(prefix="tok-parity-")
    with zipfile.ZipFile(ZIP) as z:
        names = [n for n in z.namelist() if n.endswith(".py")]
        z.extractall(tmp, names)
    files = [os.path.join(tmp, n) for n in sorted(names)]

    t0 = time.perf_counter()
    expected = {f: python_cli(f) for f in files}
    py_ms = (time.perf_counter() - t0) * 1000

    runner = os.path.join(tmp, "runner.ts")
    bundle = os.path.join(tmp, "runner.mjs")
    with open(runner, "w") as f:
        f.write(RUNNER % {"root": ROOT})
    subprocess.run([os.path.join(ROOT, "node_modules", ".bin", "esbuild"), runner, "--bundle",
                    "--platform=node", "--format=esm", "--outfile=" + bundle, "--log-level=warning"],
                   check=True)
    list_file = os.path.join(tmp, "files.json")
    out_file = os.path.join(tmp, "out.json")
    with open(list_file, "w") as f:
        json.dump(files, f)
    subprocess.run(["node", bundle, list_file, out_file], check=True)
    with open(out_file) as f:
        got = json.load(f)

    same = 0
    shown = 0
    for path in files:
        exp = expected[path]
        g = got["results"][path]
        if (g["stdout"], g["stderr"], g["status"]) == exp:
            same += 1
            continue
        if shown < args.show:
            shown += 1
            print("DIFF", os.path.relpath(path, tmp))
            el = (exp[0] + exp[1]).splitlines()
            gl = (g["stdout"] + g["stderr"]).splitlines()
            for i in range(max(len(el), len(gl))):
                a = el[i] if i < len(el) else "<none>"
                b = gl[i] if i < len(gl) else "<none>"
                if a != b:
                    print("  line %d\n    python: %s\n    ours:   %s" % (i + 1, a, b))
                    break
    n = len(files)
    print("tokenize mode (-m tokenize output) identical: %d/%d (%.2f%%)" % (same, n, 100.0 * same / n))

    psame = 0
    t0 = time.perf_counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        s = text.replace("\r\n", "\n").replace("\r", "\n")
        if s and not s.endswith("\n"):
            s += "\n"
        exp = [(t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1])
               for t in _tokenize.TokenizerIter(io.StringIO(s).readline, extra_tokens=False)]
        lines = s.split("\n")
        ours = [view(tuple(t), lines) for t in got["parser"][path]]
        if ours == exp:
            psame += 1
        elif shown < args.show:
            shown += 1
            print("PARSER DIFF", os.path.relpath(path, tmp))
            for i in range(max(len(ours), len(exp))):
                a = exp[i] if i < len(exp) else None
                b = ours[i] if i < len(ours) else None
                if a != b:
                    print("  C:    %r\n  ours: %r" % (a, b))
                    break
    c_ms = (time.perf_counter() - t0) * 1000
    print("parser mode identical to the C tokenizer: %d/%d (%.2f%%)" % (psame, n, 100.0 * psame / n))
    print("parser mode: ours %.0f ms for %d tokens; C tokenizer via _tokenize.TokenizerIter %.0f ms (incl. comparison)"
          % (got["parserMs"], got["ntok"], c_ms))
    print("time: python3.12 tokenize %.0f ms (in-process, incl. formatting); ours %.0f ms (node, incl. formatting)"
          % (py_ms, got["ms"]))


if __name__ == "__main__":
    main()
