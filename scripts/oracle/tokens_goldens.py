"""Writes the tokenizer goldens in tests/golden-data/tokens/ from python3.12.

For every snippet below:
  NAME.py              the source (bytes, exactly as listed)
  NAME.expected        stdout of `python3.12 -m tokenize NAME.py`
  NAME.parser.json     the C tokenizer's parser-mode stream: _tokenize.TokenizerIter with
                       extra_tokens=False over the source with newlines translated and a final
                       newline added (what compile() tokenizes), as [type, string, [l, c], [l, c]]
                       (ends as that iterator reports them: NEWLINE and '{{'/'}}' FSTRING_MIDDLE
                       end one char before the parser's cursor; the test accounts for it)
and errors.json: for each error snippet, what compile(src, 'x.py', 'exec') raises and what
`python3.12 -m tokenize` prints on stderr with its exit status;
warnings.json: the SyntaxWarnings compile() emits for snippets whose warnings come from the
tokenizer; debug_text.json: the debug text of a leading f'{expr=...}' field (the Constant
ast.parse puts first); cli_variants.json: `-m tokenize -e FILE` and `-m tokenize < FILE`
for each snippet; repr.json: repr() of single characters at both ends and the middle of
every run of code points repr() treats alike, and of some whole strings.

Run: PYENV_VERSION=3.12 python3.12 scripts/oracle/tokens_goldens.py
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import _tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "golden-data", "tokens")

SNIPPETS = {
    # --- names, keywords, soft keywords, async ---
    "names": "x = y\n_a1 = __b__ + c_d\nNone, True, False\n",
    "keywords": "if a and not b or c:\n    pass\nelif d is e in f:\n    break\nelse:\n    continue\n",
    "soft_keywords": "match x:\n    case [a, *_] if a:\n        type T = int\n    case _:\n        pass\n",
    "async_await": "async def f():\n    await g()\n    async for x in y:\n        async with z as w:\n            pass\nasync = 1\nawait = 2\n",
    "unicode_ident": "caf\u00e9 = 1\n\u03c0 = 3.14\n\u65e5\u672c = '\u8a9e'\n\uff41 = 2  # fullwidth\n",
    "unicode_astral": "\U0001d54f = 1\nx = '\U0001f600'  # \U0001f600\n",
    # --- numbers ---
    "numbers_int": "0\n1\n123\n1_000_000\n0_0\n00\n",
    "numbers_radix": "0x1F\n0X_f\n0o17\n0O_7\n0b101\n0B_1_0\n0xdead_beef\n",
    "numbers_float": "1.0\n.5\n5.\n1e10\n1E-5\n1.5e+3\n1_0.0_1e1_0\n0.0\n00.5\n",
    "numbers_imag": "1j\n1.5J\n1e-5j\n.5j\n0j\n00j\n1_0j\n",
    "numbers_adjacent": "1if x else 2\n0x1for x in y\n1.real\n1 .real\n1..real\n",
    # --- strings ---
    "strings_simple": "'a'\n\"b\"\n''\n\"\"\n'it''s'\n",
    "strings_prefixes": "b'x' B\"y\" r'z' R'w' u'v' U'q' br'1' Br'2' bR'3' BR'4' rb'5' rB'6' Rb'7' RB'8'\n",
    "strings_triple": "'''a\nb'''\n\"\"\"c\n\nd\"\"\"\nx = '''''' + \"\"\"\"\"\"\n",
    "strings_escapes": "'\\n\\t\\\\\\''\n\"\\\"\"\n'\\x41\\u00e9\\N{BULLET}'\nb'\\xff'\n",
    "strings_raw": "r'\\d+\\.\\''\nr\"\\\"\"\nrb'\\x'\n",
    "string_continuation": "x = 'abc\\\ndef'\ny = '''a\\\nb'''\n",
    "string_concat": "x = ('a'\n     'b'\n     f'c')\n",
    # --- f-strings ---
    "fstring_basic": "f'hello {name}!'\nF\"{x}\"\nf''\nf'{x}{y}'\n",
    "fstring_conversions": "f'{x!r} {y!s} {z!a}'\n",
    "fstring_format_spec": "f'{x:>10}' f'{y:.{p}f}' f'{z:{w}.{p}}'\n",
    "fstring_debug": "f'{x=}' f'{x = }' f'{x=!r:>5}' f'{a+b=}'\n",
    "fstring_nested_quotes": "f\"{'a'}\" f'{\"b\"}' f'{f\"{x}\"}' f'{f'{y}'}'\n",
    "fstring_escapes_braces": "f'{{}}' f'a{{b}}c' f'{{{x}}}' f'{x}}}'\n",
    "fstring_triple": "f'''a\n{x}\nb''' f\"\"\"{\n  y\n}\"\"\"\n",
    "fstring_raw": "rf'\\d{x}' fr'{y}\\n' Rf'{z}' fR'' rF'\\{w}'\n",
    "fstring_nested_fields": "f'{x:{y:{z}}}'\nf'{[a for a in b]}' f'{ {1: 2}[1] }'\n",
    "fstring_lambda_walrus": "f'{(lambda x: x)(1)}' f'{(y:=2)}'\n",
    "fstring_unicode_name": "f'\\N{BULLET} {x}' f'\\N{LEFT CURLY BRACKET}'\n",
    "fstring_multiline_expr": "f'{\n1 +\n2}'\nf'''{x\n!r}'''\n",
    "fstring_comment_in_expr": "f'''{x # c\n}'''\n",
    # --- operators ---
    "operators_arith": "a + b - c * d / e // f % g ** h @ i\n-a\n+b\n~c\n",
    "operators_cmp": "a < b > c <= d >= e == f != g\n",
    "operators_bits": "a & b | c ^ d << e >> f\n",
    "operators_aug": "a += 1; b -= 1; c *= 1; d /= 1; e //= 1; f %= 1; g **= 1\nh @= 1; i &= 1; j |= 1; k ^= 1; l <<= 1; m >>= 1\n",
    "operators_misc": "def f(a, *b, c=1, **d) -> int: ...\nx[1:2, ::3]\n(y := 1)\n@dec\ndef g(): pass\n",
    "operators_ellipsis": "...\n. . .\nx.y.z\na..b\n",
    "operators_notequal_legacy": "a <> b\n",
    "operators_unknown": "a $ b ? c ` d\n",
    "operator_exclamation": "a != b\n",
    # --- structure ---
    "indent_basic": "if x:\n    y\n    if z:\n        w\nv\n",
    "indent_multi_dedent": "class A:\n  def f(self):\n    if x:\n      return 1\nz = 2\n",
    "indent_tabs": "if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n",
    "indent_tab_space_mix": "if x:\n\t y\n\t if z:\n\t \t w\n",
    "indent_formfeed": "\x0cif x:\n\x0c    y\n    \x0cz\n",
    "indent_eof_no_newline": "if x:\n    y",
    "blank_lines": "\n\nx\n\n\n  \n\t\ny\n\n",
    "comments": "# top\nx = 1  # trailing\n    # indented comment\n#\nif x:\n    # inside\n    y\n# end",
    "comment_only": "# just a comment\n",
    "comment_no_newline": "x # c",
    "empty": "",
    "only_newline": "\n",
    "only_spaces": "   ",
    "no_trailing_newline": "x = 1",
    "continuation": "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
    "continuation_in_indent": "if x:\n    \\\n    y\n",
    "continuation_blank": "x = \\\n\\\n1\n",
    "brackets_multiline": "x = [\n    1,\n\n    # c\n    2,\n]\ny = {\n  'a': (1,\n        2),\n}\n",
    "crlf": "x = 1\r\nif x:\r\n    y = 2\r\n\r\n# c\r\n",
    "crlf_continuation": "x = 1 + \\\r\n    2\r\n",
    "cr_alone": "x = 1\ry = 2\n",
    "semicolons": "a = 1; b = 2;\n",
    "decorators_classes": "@a.b(c)\nclass C(D, metaclass=M):\n    '''doc'''\n    x: int = 0\n",
    "lambda_star": "f = lambda *a, **k: (a, k)\nprint(*x, **y)\n[*a, *b]\n",
    "bom": "\ufeffx = 1\n",
    "coding_latin1": "# -*- coding: latin-1 -*-\nx = 'caf\u00e9'\n",
    "coding_utf8": "#!/usr/bin/env python\n# coding=utf-8\nx = 1\n",
    "type_comment": "x = 1  # type: int\ndef f(a):  # type: (int) -> None\n    pass  # type: ignore\n",
    "deep_nesting": "x = [[[[(1, {2: (3,)})]]]]\n",
    "long_line": "x = " + " + ".join("a%d" % i for i in range(40)) + "\n",
    "nul_free_control": "x = '\\x00'\n",
    "dedent_to_middle": "if a:\n    if b:\n        c\n    d\ne\n",
}

ERRORS = {
    "err_unterminated_string": "x = 'abc\ny = 1\n",
    "err_unterminated_triple": "x = '''abc\ny = 1\n",
    "err_unterminated_fstring": "x = f'abc\n",
    "err_unterminated_triple_fstring": "x = f'''abc{x}\n",
    "err_bad_dedent": "if x:\n    y\n  z\n",
    "err_tab_error": "if x:\n        y\n\tz\n",
    "err_invalid_char": "x = a\u20ac\n",
    "err_invalid_char_start": "x = \u20ac\n",
    "err_nonprintable": "x = \x01\n",
    "err_nbsp": "x =\u00a01\n",
    "err_decimal": "x = 1abc\n",
    "err_decimal_underscore": "x = 1__0\n",
    "err_decimal_trailing_underscore": "x = 1_\n",
    "err_hex": "x = 0x\n",
    "err_hex_g": "x = 0x1g\n",
    "err_octal_digit": "x = 0o8\n",
    "err_octal": "x = 0o\n",
    "err_binary_digit": "x = 0b12\n",
    "err_binary": "x = 0b\n",
    "err_leading_zeros": "x = 0777\n",
    "err_leading_zeros_underscore": "x = 00_7\n",
    "err_exponent": "x = 1e+\n",
    "err_exponent_letter": "x = 1ex\n",
    "err_imag_letter": "x = 1jx\n",
    "err_unmatched_paren": "x = 1)\n",
    "err_mismatched_paren": "x = (1]\n",
    "err_mismatched_paren_lines": "x = (1,\n2]\n",
    "err_never_closed": "x = (1,\n2\n",
    "err_never_closed_bracket": "foo(\n  [1, 2\n",
    "err_line_continuation": "x = 1 \\ 2\n",
    "err_continuation_eof": "x = 1 + \\",
    "err_fstring_single_brace": "f'}'\n",
    "err_fstring_expecting_brace": "f'{a'\n",
    "err_fstring_unmatched": "f'{a)}'\n",
    "err_fstring_nested_too_deep": "f'{a:{b:{c:{d}}}}'\n",
    "err_fstring_backslash_newline": "x = f'{a\nb}'\n",
    "err_too_deep_indent": "".join("    " * i + "if x:\n" for i in range(101)),
    "err_too_many_parens": "x = " + "(" * 201 + ")" * 201 + "\n",
    "err_unindent_eof_paren": "def f(\n",
    "err_unterminated_after_code": "print('hello)\n",
}


WARNING_SNIPPETS = [
    "x = 1if y else 2\n", 'x = f"\\{a}"\n', "x = 0x1for x in y\n", "x = 1 if 1else 2\n",
    'x = rf"\\{a}"\n', "x = [0o7or 1]\n", "x = 1jif 1 else 2\n", "x = 1e5in y\n",
    "x = [0b1or 1, 1not in y]\n", "x = f'\\}}'\n", "x = f'{a:\\{b}}'\n",
]

DEBUG_SNIPPETS = [
    "f'{x=}'", "f'{x = }'", "f'{ x = !r}'", "f'{x=:>10}'", "f'{x = !r:>{w}}'", "f'{a+b=}'",
    "f'{x[\"a\"]=}'", "f'{(x:=1)=}'", "f'''{x # c\n=}'''", "f'{f(a, b)=!s:^{n}}'",
    "f'{x=!a}'", "f'''{\nx\n=}'''", "f'{ {1: 2}[1]=}'", "f'{\"a\"=}'", "f'{x=}{y=}'",
    "f'{x=:{y}}'", "f'{caf\u00e9=}'",
]

REPR_STRINGS = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\t\n\r\x0b\x0c",
                "\x00\x7f\x80\x9f\xa0\xad", "caf\u00e9", "\u2028\u2029", "\ud800", "\udfff\ud800",
                "\U0001f600", "\U000e0001", "\U0010ffff", "\u200b\ufeff", "\u0378", "a\u0300",
                "\u3000x", "\U00030000"]


def repr_points():
    """Code points at both ends and the middle of every run that repr() treats alike."""
    def cls(c):
        r = repr(chr(c))
        if r[1:-1] == chr(c):
            return "same"
        return r[1:3] if r[1] == "\\" else "other"
    points = set()
    prev = None
    start = 0
    for c in range(0x110000):
        k = cls(c)
        if k != prev:
            if prev is not None:
                points.update((start, c - 1, (start + c - 1) // 2))
            prev, start = k, c
    points.update((start, 0x10FFFF))
    return sorted(points)


def write_extra_goldens():
    import ast
    import warnings
    warns = []
    for src in WARNING_SNIPPETS:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            compile(src, "x.py", "exec")
        warns.append({"source": src,
                      "warnings": [[x.category.__name__, str(x.message), x.lineno] for x in w]})
    with open(os.path.join(OUT, "warnings.json"), "w", encoding="utf-8") as f:
        json.dump(warns, f, ensure_ascii=False, indent=1)

    debug = []
    for src in DEBUG_SNIPPETS:
        first = ast.parse(src).body[0].value.values[0]
        assert isinstance(first, ast.Constant), src
        debug.append({"source": src, "text": first.value})
    with open(os.path.join(OUT, "debug_text.json"), "w", encoding="utf-8") as f:
        json.dump(debug, f, ensure_ascii=False, indent=1)

    reprs = {"chars": [[c, repr(chr(c))] for c in repr_points()],
             "strings": [[s, repr(s)] for s in REPR_STRINGS]}
    with open(os.path.join(OUT, "repr.json"), "w", encoding="utf-8") as f:
        json.dump(reprs, f, ensure_ascii=True)


def translate(src: str) -> str:
    s = src.replace("\r\n", "\n").replace("\r", "\n")
    if s and not s.endswith("\n"):
        s += "\n"
    return s


def parser_stream(src: str):
    it = _tokenize.TokenizerIter(io.StringIO(translate(src)).readline, extra_tokens=False)
    out = []
    try:
        for t in it:
            out.append([t[0], t[1], list(t[2]), list(t[3])])
    except SyntaxError as e:
        out.append(["ERROR", type(e).__name__, e.msg])
    return out


def run_cli(path, *flags, stdin=False):
    if stdin:
        with open(os.path.join(OUT, path), "rb") as f:
            p = subprocess.run([sys.executable, "-m", "tokenize", *flags], stdin=f, capture_output=True, cwd=OUT)
    else:
        p = subprocess.run([sys.executable, "-m", "tokenize", *flags, path], capture_output=True, cwd=OUT)
    return p.stdout.decode("utf-8"), p.stderr.decode("utf-8"), p.returncode


def write_cli_variants():
    """`-m tokenize -e FILE` and `-m tokenize < FILE` for every snippet (stdin: only UTF-8 ones)."""
    out = {}
    for name in list(SNIPPETS) + list(ERRORS):
        path = name + ".py"
        so, se, st = run_cli(path, "-e")
        entry = {"exact": {"stdout": so, "stderr": se, "status": st}}
        if name not in ("coding_latin1", "bom"):
            so, se, st = run_cli(path, stdin=True)
            if "Traceback" not in se:
                entry["stdin"] = {"stdout": so, "stderr": se, "status": st}
        out[name] = entry
    with open(os.path.join(OUT, "cli_variants.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)


def source_bytes(name, src):
    if name == "coding_latin1":
        return src.encode("latin-1")
    return src.encode("utf-8")


def main():
    assert sys.version_info[:2] == (3, 12), "run with python3.12"
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, src in SNIPPETS.items():
        path = name + ".py"
        with open(os.path.join(OUT, path), "wb") as f:
            f.write(source_bytes(name, src))
        stdout, stderr, status = run_cli(path)
        assert status == 0 and not stderr, (name, stderr)
        with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8", newline="") as f:
            f.write(stdout)
        if name not in ("coding_latin1", "bom"):
            with open(os.path.join(OUT, name + ".parser.json"), "w", encoding="utf-8") as f:
                json.dump(parser_stream(src), f, ensure_ascii=False)
    errors = {}
    for name, src in ERRORS.items():
        path = name + ".py"
        with open(os.path.join(OUT, path), "wb") as f:
            f.write(src.encode("utf-8"))
        stdout, stderr, status = run_cli(path)
        entry = {"tokenize": {"stdout": stdout, "stderr": stderr, "status": status}}
        try:
            compile(src, "x.py", "exec")
            entry["compile"] = None
        except SyntaxError as e:
            entry["compile"] = {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                                "offset": e.offset, "end_lineno": e.end_lineno,
                                "end_offset": e.end_offset, "text": e.text}
        errors[name] = entry
    with open(os.path.join(OUT, "errors.json"), "w", encoding="utf-8") as f:
        json.dump(errors, f, ensure_ascii=False, indent=1)
    write_extra_goldens()
    write_cli_variants()
    print("wrote %d snippets and %d error cases to %s" % (len(SNIPPETS), len(ERRORS), OUT))


if __name__ == "__main__":
    main()
