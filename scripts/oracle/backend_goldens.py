"""Goldens for the compiler back end (flowgraph + assembler) and for dis.

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/backend_goldens.py

For every snippet tests/golden-data/backend/NAME.py writes tests/golden-data/backend/NAME.json:
- "codegen": CPython's unoptimized instruction list for the module unit
  (_testinternalcapi.compiler_codegen), each [opcode, oparg, lineno, end_lineno, col, end_col];
  for instructions with a jump target (jumps and SETUP_*) oparg is the target's instruction index;
- "meta": that unit's metadata (consts in index order, names, varnames, cellvars, freevars as
  lists in index order) plus what compiler_codegen does not expose and the back end needs, taken
  from the real code object: flags, firstlineno, filename, fasthidden (locals whose kind has
  CO_FAST_HIDDEN);
- "expected": the code object compile() produces for the same source (code_json.py).
and tests/golden-data/dis/NAME.txt: dis.dis(code) of that code object (recursive), as printed.
"""
import ast
import dis
import io
import json
import re
import os
import sys

import _testinternalcapi

sys.path.insert(0, os.path.dirname(__file__))
from code_json import code_json, const_json, localsplus  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SRC = os.path.join(ROOT, 'tests', 'golden-data', 'backend')
DIS = os.path.join(ROOT, 'tests', 'golden-data', 'dis')
CO_FAST_HIDDEN = 0x10


def in_index_order(d, base=0):
    # freevars are numbered after the cellvars (base = number of cellvars)
    out = [None] * len(d)
    for k, i in d.items():
        out[i - base] = k
    assert None not in out or len(d) == 0
    return out


def const_from_key(k):
    # u_consts keys are the constant itself or a (type-tag, constant) tuple (_PyCode_ConstantKey)
    return k[1] if type(k) is tuple else k


# snippets also disassembled with show_caches=True and with depth=0
VARIANTS = ('method_calls', 'for_loop', 'class_basic', 'generator_func', 'big_loop_extended_arg')


def walk_code(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk_code(c)


def code_positions(co):
    """co_lines() and co_positions() of one code object (None → -1), plus dis.findlinestarts."""
    nz = lambda v: -1 if v is None else v  # noqa: E731
    return {
        'lines': [[s, e, nz(l)] for s, e, l in co.co_lines()],
        'positions': [nz(v) for p in co.co_positions() for v in p],
        'linestarts': [list(x) for x in dis.findlinestarts(co)],
    }


def main():
    names = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith('.py'))
    os.makedirs(DIS, exist_ok=True)
    positions = {}
    for name in names:
        filename = name + '.py'
        with open(os.path.join(SRC, filename), encoding='utf-8') as f:
            src = f.read()
        insts, md = _testinternalcapi.compiler_codegen(ast.parse(src), filename, 0)
        co = compile(src, filename, 'exec', dont_inherit=True)
        lp_names, lp_kinds = localsplus(co)
        consts = [None] * len(md['consts'])
        for k, i in md['consts'].items():
            consts[i] = const_json(const_from_key(k))
        meta = {
            'name': md['name'],
            'qualname': md.get('qualname', md['name']),
            'filename': filename,
            'firstlineno': co.co_firstlineno,
            'flags': co.co_flags,
            'argcount': md['argcount'],
            'posonlyargcount': md['posonlyargcount'],
            'kwonlyargcount': md['kwonlyargcount'],
            'consts': consts,
            'names': in_index_order(md['names']),
            'varnames': in_index_order(md['varnames']),
            'cellvars': in_index_order(md['cellvars']),
            'freevars': in_index_order(md['freevars'], len(md['cellvars'])),
            'fasthidden': [n for n, k in zip(lp_names, lp_kinds) if k & CO_FAST_HIDDEN],
        }
        out = {'codegen': [list(i) for i in insts], 'meta': meta, 'expected': code_json(co)}
        with open(os.path.join(SRC, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, separators=(',', ':'))
            f.write('\n')
        positions[name] = [code_positions(c) for c in walk_code(co)]
        buf = io.StringIO()
        dis.dis(co, file=buf)
        with open(os.path.join(DIS, name + '.txt'), 'w', encoding='utf-8') as f:
            # code object addresses vary run to run; the tests normalize ours the same way
            f.write(re.sub(r' at 0x[0-9a-f]+,', ' at 0xADDR,', buf.getvalue()))
        if name in VARIANTS:
            for suffix, kw in (('caches', {'show_caches': True}), ('depth0', {'depth': 0})):
                buf = io.StringIO()
                dis.dis(co, file=buf, **kw)
                with open(os.path.join(DIS, f'{name}.{suffix}.txt'), 'w', encoding='utf-8') as f:
                    f.write(re.sub(r' at 0x[0-9a-f]+,', ' at 0xADDR,', buf.getvalue()))
            # the current-instruction arrow, on an instruction with inline caches (offset 8)
            buf = io.StringIO()
            dis.disassemble(co, lasti=10, file=buf)
            with open(os.path.join(DIS, f'{name}.lasti10.txt'), 'w', encoding='utf-8') as f:
                f.write(re.sub(r' at 0x[0-9a-f]+,', ' at 0xADDR,', buf.getvalue()))
    with open(os.path.join(DIS, 'positions.json'), 'w', encoding='utf-8') as f:
        f.write('{\n' + ',\n'.join(json.dumps(n) + ': ' + json.dumps(pos) for n, pos in positions.items()) + '\n}\n')
    reprs = [[const_json(v), repr(v)] for v in REPR_SAMPLES]
    with open(os.path.join(DIS, 'const_repr.json'), 'w', encoding='utf-8') as f:
        f.write('[\n' + ',\n'.join(json.dumps(r, ensure_ascii=True) for r in reprs) + '\n]\n')
    print(f'{len(names)} snippets, {len(reprs)} repr samples')


# Constants whose repr dis must reproduce exactly (floats, complex, str/bytes quoting, nesting).
REPR_SAMPLES = [
    None, Ellipsis, True, False, 0, -1, 2 ** 100, -(2 ** 64),
    0.0, -0.0, 1.0, 1.5, 0.1, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
    float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308, 2e16 + 8, 100.0,
    12345.678, -2.5e-7, 1e22, 1e21, 3.0e-310,
    1j, 2 + 3j, complex(-0.0, -1.0), complex(1.5, -0.0), complex(float('nan'), float('inf')), -1j, 1e20j,
    '', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there\n\r', '\x00\x7f\x80\xa0\xad',
    '\u00e9\u2028\U0001f600\ud800', '\\', 'caf\u00e9 \u03c0',
    b'', b'abc', b"it's", b'\x00\xff\t\\', b'both \' and "',
    (), (1,), (1, 2), ((1,), ('a', None)), frozenset(), frozenset({1}), (frozenset({'x'}),),
]


if __name__ == '__main__':
    # str hashes decide frozenset order in the dumped constants: fix them so goldens are stable
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, 'PYTHONHASHSEED': '0'})
    main()
