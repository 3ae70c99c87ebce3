"""Differential fuzzing of our tokenizer against python3.12 (not part of npm test).

Takes random windows of stdlib files (node_modules/pyodide/python_stdlib.zip), mutates them
(brackets, quotes, f-string pieces, backslashes, tabs, CR, non-ASCII, digits...), and compares
  - tokenize mode: what `python3.12 -m tokenize` prints (stdout, stderr, status), exactly;
  - parser mode: the C tokenizer's stream without extra tokens (_tokenize.TokenizerIter,
    extra_tokens=False, over the newline-translated source), tokens exactly (with the known
    end-column view difference, see tests/unit/tokenizer-golden.test.ts) and errors: message,
    line and offset for errors the tokenizer raises itself; for end-of-input / indentation /
    continuation errors (worded by the caller) the error class only.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/tokens_fuzz.py [--n 3000] [--seed 1] [--show 5]
"""
import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import tokenize
import zipfile

import _tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZIP = os.path.join(ROOT, "node_modules", "pyodide", "python_stdlib.zip")

PIECES = ["(", ")", "[", "]", "{", "}", '"', "'", '"""', "'''", "f'", 'f"', "f'''", "rf'", "\\",
          "\n", "\t", " ", "    ", "#", "0", "1_", "0x", "0o", "0b", "e", "j", ".", "...", "\u20ac",
          "\u00e9", "\r", "\r\n", "\x0c", "=", "!", ":", "rb'", "f'{", "}'", "\\N{", "{{", "}}", "!r",
          ":>{w}", "=}", "\u00a0", "1e", "09", "\U0001f600", "async ", "await ", "$", "?", "\x01",
          "\\\n", "u'", "b'", "br'", "->", "**=", "<>", ":=", "\x00"]

RUNNER = r"""
import { runTokenizeCli, tokenizeUntilError } from '%(root)s/src/vm/tokenizer/index';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
const [inFile, outFile] = process.argv.slice(2);
const srcs: string[] = JSON.parse(readFileSync(inFile, 'utf8'));
const fd = openSync(outFile, 'w');
srcs.forEach((src) => {
  const cli: Record<string, unknown> = { ...runTokenizeCli(Buffer.from(src, 'utf8'), 'f.py') };
  const tr = tokenizeUntilError(src, { mode: 'tokenize' });
  cli.lines = tr.error ? null : tr.tokens.map((t) => t.line);
  const r = tokenizeUntilError(src, { mode: 'parser' });
  const toks = r.tokens.map((t) => [t.exact, t.string, t.lineno, t.col, t.end_lineno, t.end_col]);
  const e = r.error?.error;
  const err = r.error && e ? { msg: e.msg, lineno: e.lineno, offset: e.offset, immediate: r.error.immediate,
    eof: r.error.eof, kind: e.kind, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text } : null;
  writeSync(fd, JSON.stringify({ cli, toks, err }) + '\n');
});
closeSync(fd);
"""


def python_cli(src_bytes):
    out = io.StringIO()
    err = ""
    status = 0
    lines = None
    try:
        tokens = list(tokenize.tokenize(io.BytesIO(src_bytes).readline))
        lines = [t.line for t in tokens]
        for token in tokens:
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.type], token.string))
    except IndentationError as e:
        line, column = e.args[1][1:3]
        err = "%s:%d:%d: error: %s\n" % ("f.py", line, column, e.args[0])
        status = 1
    except tokenize.TokenError as e:
        line, column = e.args[1]
        err = "%s:%d:%d: error: %s\n" % ("f.py", line, column, e.args[0])
        status = 1
    except SyntaxError as e:
        err = "%s: error: %s\n" % ("f.py", e)
        status = 1
    except (SystemError, UnicodeDecodeError) as e:
        # CPython 3.12.1 fails internally (null bytes; a line cut inside a UTF-8 sequence)
        if os.environ.get("SHOW_CRASHES"):
            print("python crashed (%s) on %r" % (type(e).__name__, src_bytes[:200]))
        return None
    if status:
        out = io.StringIO()
        lines = None
    return {"stdout": out.getvalue(), "stderr": err, "status": status, "lines": lines}


DONE_MSGS = {"unexpected EOF in multi-line statement", "unindent does not match any outer indentation level",
             "inconsistent use of tabs and spaces in indentation", "too many levels of indentation",
             "unexpected character after line continuation character"}


def c_parser_stream(src):
    s = src.replace("\r\n", "\n").replace("\r", "\n")
    if s and not s.endswith("\n"):
        s += "\n"
    toks = []
    err = None
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(s).readline, extra_tokens=False):
            toks.append((t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1]))
    except SyntaxError as e:
        err = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset, "done": e.msg in DONE_MSGS}
    except (SystemError, UnicodeDecodeError):
        return s, None, None  # CPython 3.12.1 fails internally: not comparable
    return s, toks, err


def b2c(text, nbytes):
    """_PyPegen_byte_offset_to_character_offset."""
    data = text.encode("utf-8", "surrogatepass")
    if nbytes > len(data) + 1:
        nbytes = len(data) + 1
    return len((data + b"\0")[:nbytes].decode("utf-8", "replace"))


def view(tok, lines):
    """Our parser-mode token as the C iterator reports it (ends from the token text; a
    multi-line token's end converted to characters against its first line, as 3.12.1 does)."""
    typ, string, l, c, el, ec = tok
    if typ == 4:  # NEWLINE
        ec -= 1
    if typ == 62 and string and string[-1] in "{}":
        line = lines[el - 1] if el - 1 < len(lines) else ""
        first = len(string.split("\n")[-1]) if l != el else c + len(string)
        if first < ec and ec - 1 < len(line) and line[ec - 1] == string[-1]:
            ec -= 1
    if l != el and ec >= 0:
        last = lines[el - 1] if el - 1 < len(lines) else ""
        nb = len(last[:ec].encode("utf-8", "surrogatepass"))
        ec = b2c("\n".join(lines[l - 1:el]) + "\n", nb)
    return (typ, string, l, c, el, ec)


SIMPLE_EXPRS = ["x", "a.b", "1", "f(x)", "x[1]", "'s'", "1+2", "x if y else z", "[i for i in y]",
                "{1: 2}", "(1, 2)", "lambda: 1", "y := 1", "*a", "\\n", "#c\n", "\n x", "x\n"]
LITERAL_PARTS = ["abc", " ", "{{", "}}", "\\N{BULLET}", "\\{", "\\", "\n", "\\n", "\u00e9",
                 "\U0001f600", "\\x41", "'", '"']
SPECS = [">10", ".2f", "", "{w}", "{w}.{p}", "x{", "{{", "\\n", "%Y-%m", "=^{n:d}", "{x!r}", "\n"]


def gen_expr(rng, depth, quotes):
    if depth > 2 or rng.random() < 0.5:
        return rng.choice(SIMPLE_EXPRS)
    return gen_fstring(rng, depth + 1, quotes)


def gen_fstring(rng, depth=0, quotes=None):
    quotes = quotes or ["'", '"', "'''", '"""']
    q = rng.choice(quotes)
    prefix = rng.choice(["f", "F", "rf", "fr", "Rf", "fR"])
    parts = []
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.3:
            parts.append(rng.choice(LITERAL_PARTS))
            continue
        field = "{" + rng.choice(["", " "]) + gen_expr(rng, depth, quotes)
        if rng.random() < 0.3:
            field += rng.choice(["=", " = ", "= "])
        if rng.random() < 0.3:
            field += rng.choice(["!r", "!s", "!a", "!", "!x"])
        if rng.random() < 0.4:
            field += ":" + rng.choice(SPECS)
        field += rng.choice(["}", "}", "}", "", "}}"])
        parts.append(field)
    return prefix + q + "".join(parts) + q


def mutate(rng, text):
    for _ in range(rng.randint(1, 3)):
        pos = rng.randint(0, len(text))
        r = rng.random()
        if r < 0.25 and text:
            pos = min(pos, len(text) - 1)
            text = text[:pos] + text[pos + 1:]
        else:
            text = text[:pos] + rng.choice(PIECES) + text[pos:]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--compile", action="store_true",
                    help="also compare our parser-mode errors with compile()'s when compile reports the same message")
    ap.add_argument("--fstrings", action="store_true", help="generated f-string statements instead of stdlib windows")
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 12), "run with python3.12"
    rng = random.Random(args.seed)
    with zipfile.ZipFile(ZIP) as z:
        files = [z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".py")]
    srcs = []
    for _ in range(args.n if args.fstrings else 0):
        text = "\n".join("x = " + gen_fstring(rng) for _ in range(rng.randint(1, 3))) + "\n"
        srcs.append(mutate(rng, text) if rng.random() < 0.3 else text)
    for _ in range(0 if args.fstrings else args.n):
        lines = rng.choice(files).splitlines(keepends=True)
        if not lines:
            continue
        a = rng.randrange(len(lines))
        text = "".join(lines[a:a + rng.randint(1, 15)])
        srcs.append(mutate(rng, text) if rng.random() < 0.9 else text)

    tmp = tempfile.mkdtemp(prefix="tok-fuzz-")
    runner = os.path.join(tmp, "runner.ts")
    bundle = os.path.join(tmp, "runner.mjs")
    with open(runner, "w") as f:
        f.write(RUNNER % {"root": ROOT})
    subprocess.run([os.path.join(ROOT, "node_modules", ".bin", "esbuild"), runner, "--bundle",
                    "--platform=node", "--format=esm", "--outfile=" + bundle, "--log-level=warning"],
                   check=True)
    in_file = os.path.join(tmp, "in.json")
    out_file = os.path.join(tmp, "out.json")
    with open(in_file, "w") as f:
        json.dump(srcs, f)
    subprocess.run(["node", bundle, in_file, out_file], check=True)
    with open(out_file) as f:
        got = [json.loads(line) for line in f]

    cli_ok = parser_ok = skipped = nul = 0
    shown = 0
    order = sorted(range(len(srcs)), key=lambda i: len(srcs[i]))
    for src, g in ((srcs[i], got[i]) for i in order):
        exp_cli = python_cli(src.encode("utf-8", "surrogatepass"))
        if exp_cli is None:
            skipped += 1
        elif g["cli"] == exp_cli:
            cli_ok += 1
        elif shown < args.show:
            shown += 1
            print("CLI DIFF for %r" % src[:300])
            el = (exp_cli["stdout"] + exp_cli["stderr"]).splitlines() + ["line: " + repr(x) for x in exp_cli["lines"] or []]
            gl = (g["cli"]["stdout"] + g["cli"]["stderr"]).splitlines() + ["line: " + repr(x) for x in g["cli"]["lines"] or []]
            for i in range(max(len(el), len(gl))):
                a = el[i] if i < len(el) else "<none>"
                b = gl[i] if i < len(gl) else "<none>"
                if a != b:
                    print("  python: %s\n  ours:   %s" % (a, b))
                    break
        if "\x00" in src:
            nul += 1
            continue  # compile() rejects it before tokenizing (checked in the unit tests)
        s, toks, err = c_parser_stream(src)
        if toks is None:
            nul += 1
            continue
        lines = s.split("\n")
        ours = [view(tuple(t), lines) for t in g["toks"]]
        ge = g["err"]
        same = ours == toks
        if same:
            if err is None or ge is None:
                same = err is None and ge is None
            elif err["done"]:
                same = not ge["immediate"]
            else:
                same = ge["immediate"] and (ge["msg"], ge["lineno"], ge["offset"]) == (err["msg"], err["lineno"], err["offset"])
        if same:
            parser_ok += 1
        elif shown < args.show:
            shown += 1
            print("PARSER DIFF for %r" % src[:300])
            for i in range(max(len(ours), len(toks))):
                a = toks[i] if i < len(toks) else None
                b = ours[i] if i < len(ours) else None
                if a != b:
                    print("  C:    %r\n  ours: %r" % (a, b))
                    break
            print("  C err: %r\n  our err: %r" % (err, ge))
    if args.compile:
        comp_same = comp_total = 0
        for src, g in zip(srcs, got):
            ge = g["err"]
            if ge is None or "\x00" in src:
                continue
            try:
                compile(src, "<string>", "exec")
                continue
            except SyntaxError as e:
                ce = {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                      "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}
            except Exception:
                continue
            if ce["msg"] != ge["msg"]:
                continue
            comp_total += 1
            mine = {k: ge[k] for k in ce}
            if mine == ce:
                comp_same += 1
            elif shown < args.show:
                shown += 1
                print("COMPILE DIFF for %r\n  compile: %r\n  ours:    %r" % (src[:300], ce, mine))
        print("compile() errors with our message: %d/%d identical (kind, message, position, text)" % (comp_same, comp_total))

    n = len(srcs)
    print("tokenize mode identical: %d/%d (%d not comparable); parser mode identical: %d/%d"
          % (cli_ok, n - skipped, skipped, parser_ok, n - nul))


if __name__ == "__main__":
    main()
