"""Goldens for codegen (ast_opt + symtable + compile.c codegen) and for the symbol table.

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/codegen_goldens.py

For every snippet tests/golden-data/codegen/NAME.py writes tests/golden-data/codegen/NAME.json:
- "ast": ast.parse(source) in Bytescope's node shape (ast_json.py), the input of our codegen
  (null, with "source" instead, when the tree is too deep for CPython's ast module);
- "codegen": _testinternalcapi.compiler_codegen's instruction list for the module unit, each
  [opcode, oparg, lineno, end_lineno, col, end_col]; for jumps and SETUP_* the oparg is the
  target's instruction index;
- "meta": that unit's metadata from compiler_codegen (consts in index order, names, varnames,
  cellvars, freevars in index order, counts);
- "expected": the code object compile() produces (code_json.py), nested code objects included;
- "warnings": [message, lineno] of each SyntaxWarning compile() emits;
- "symtable": for every block of symtable.symtable(): [type, name, lineno, [[symbol, flags]...]]
  with flags from the internal flag word (DEF_* | scope << 12), in block pre-order.
Snippets that must fail compile get "error": [msg, lineno, offset, end_lineno, end_offset] instead (a RecursionError
during compilation: ["RecursionError", message, null]).
Name prefixes select options: opt1_/opt2_ compile with optimize=1/2 ("optimize" is recorded),
eval_/single_ parse and compile in 'eval'/'single' mode ("mode" is recorded; no symtable),
tla_ compiles with PyCF_ALLOW_TOP_LEVEL_AWAIT ("flags"; code object only).
"""
import ast
import json
import os
import sys
import symtable
import warnings

import _testinternalcapi

sys.setrecursionlimit(30000)

sys.path.insert(0, os.path.dirname(__file__))
from code_json import code_json, const_json  # noqa: E402
from ast_json import enc  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SRC = os.path.join(ROOT, 'tests', 'golden-data', 'codegen')


def in_index_order(d, base=0):
    out = [None] * len(d)
    for k, i in d.items():
        out[i - base] = k
    return out


def const_from_key(k):
    return k[1] if type(k) is tuple else k


def sym_blocks(t):
    out = []

    def walk(b):
        syms = [[s.get_name(), s._Symbol__flags] for s in b.get_symbols()]
        out.append([b.get_type(), b.get_name(), b.get_lineno(), syms])
        for ch in b.get_children():
            walk(ch)
    walk(t)
    return out


def main():
    names = sorted(f[:-3] for f in os.listdir(SRC) if f.endswith('.py'))
    for name in names:
        filename = name + '.py'
        with open(os.path.join(SRC, filename), encoding='utf-8') as f:
            src = f.read()
        optimize = 1 if name.startswith('opt1_') else 2 if name.startswith('opt2_') else 0
        flags = 0x2000 if name.startswith('tla_') else 0  # PyCF_ALLOW_TOP_LEVEL_AWAIT
        mode = 'eval' if name.startswith('eval_') else 'single' if name.startswith('single_') else 'exec'
        try:
            out = {'ast': enc(ast.parse(src, filename, mode)), 'optimize': optimize, 'mode': mode, 'flags': flags}
        except RecursionError:
            # too deep for the ast module itself: tests parse "source" with our parser instead
            out = {'ast': None, 'source': src, 'optimize': optimize, 'mode': mode, 'flags': flags}
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                co = compile(src, filename, mode, flags, dont_inherit=True, optimize=optimize)
            out['warnings'] = [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning]
        except SyntaxError as e:
            out['error'] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            with open(os.path.join(SRC, name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(out, f)
            continue
        except RecursionError as e:
            out['error'] = ['RecursionError', str(e), None]
            with open(os.path.join(SRC, name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(out, f)
            continue
        out['expected'] = code_json(co)
        if out['ast'] is None or flags:  # compiler_codegen takes no flags
            with open(os.path.join(SRC, name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(out, f)
            continue
        insts, md = _testinternalcapi.compiler_codegen(ast.parse(src, filename, mode), filename, optimize,
                                                       {'exec': 0, 'eval': 1, 'single': 2}[mode])
        consts = [None] * len(md['consts'])
        for k, i in md['consts'].items():
            v = const_from_key(k)
            consts[i] = {'k': 'code', 'name': v.co_qualname} if hasattr(v, 'co_code') else const_json(v)
        out['codegen'] = [list(t) for t in insts]
        out['meta'] = {
            'name': md['name'],
            'qualname': md.get('qualname', md['name']),
            'argcount': md['argcount'],
            'posonlyargcount': md['posonlyargcount'],
            'kwonlyargcount': md['kwonlyargcount'],
            'consts': consts,
            'names': in_index_order(md['names']),
            'varnames': in_index_order(md['varnames']),
            'cellvars': in_index_order(md['cellvars']),
            'freevars': in_index_order(md['freevars'], len(md['cellvars'])),
        }
        out['expected'] = code_json(co)
        if mode == 'exec':
            out['symtable'] = sym_blocks(symtable.symtable(src, filename, 'exec'))
        with open(os.path.join(SRC, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f)
    print(f'{len(names)} snippets')


if __name__ == '__main__':
    main()
