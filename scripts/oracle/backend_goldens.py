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


def main():
    names = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith('.py'))
    os.makedirs(DIS, exist_ok=True)
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
        buf = io.StringIO()
        dis.dis(co, file=buf)
        with open(os.path.join(DIS, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(buf.getvalue())
    print(f'{len(names)} snippets')


if __name__ == '__main__':
    main()
