"""Dump CPython 3.12's compile(src, path, 'exec') as JSON shaped like src/vm/bytecode/code.ts CodeObject,
and capture CPython's stdout/stderr/exit status for the same program (the runtime goldens).

Constants use the ConstValue JSON of scripts/oracle/ast_json.py: ints as decimal strings, floats as
repr (or inf/-inf/nan), bytes as arrays of ints, tuples/frozensets recursive, code objects nested.
Byte strings (co_code, co_linetable, co_exceptiontable, co_localspluskinds) are arrays of ints.

Usage:
  python3.12 runtime_code_json.py FILE.py            -> prints the code JSON
  python3.12 runtime_code_json.py --golden DIR [NAME...]
      -> for every DIR/programs/NAME.py writes DIR/NAME.code.json and DIR/NAME.out.json; the program
         runs as /tmp/bytescope_rt/NAME.py (that path is its co_filename, as in CPython's traceback)
"""
import json
import os
import subprocess
import sys

import ast_json


def enc_const(v):
    return ast_json.enc_const(v, enc_other)


def enc_other(v):
    if hasattr(v, 'co_code'):
        return {'k': 'code', 'v': enc_code(v)}
    raise TypeError(type(v))


def enc_code(co):
    kinds = []
    # co_localspluskinds is not exposed in 3.12; rebuild it from varnames/cellvars/freevars.
    names = []
    for n in co.co_varnames:
        names.append(n)
        kinds.append(0x20 | (0x40 if n in co.co_cellvars else 0))
    for n in co.co_cellvars:
        if n not in co.co_varnames:
            names.append(n)
            kinds.append(0x40)
    for n in co.co_freevars:
        names.append(n)
        kinds.append(0x80)
    return {
        'co_argcount': co.co_argcount,
        'co_posonlyargcount': co.co_posonlyargcount,
        'co_kwonlyargcount': co.co_kwonlyargcount,
        'co_stacksize': co.co_stacksize,
        'co_flags': co.co_flags,
        'co_firstlineno': co.co_firstlineno,
        'co_code': list(co.co_code),
        'co_consts': [enc_const(c) for c in co.co_consts],
        'co_names': list(co.co_names),
        'co_localsplusnames': names,
        'co_localspluskinds': kinds,
        'co_filename': co.co_filename,
        'co_name': co.co_name,
        'co_qualname': co.co_qualname,
        'co_linetable': list(co.co_linetable),
        'co_exceptiontable': list(co.co_exceptiontable),
    }


def dump(path, filename):
    with open(path, encoding='utf-8') as f:
        src = f.read()
    return enc_code(compile(src, filename, 'exec'))


# Programs run from this fixed directory so tracebacks show the same absolute path everywhere.
RUN_DIR = '/tmp/bytescope_rt'


def golden(root, only=None):
    import shutil
    progdir = os.path.join(root, 'programs')
    os.makedirs(RUN_DIR, exist_ok=True)
    for name in sorted(os.listdir(progdir)):
        if not name.endswith('.py'):
            continue
        base = name[:-3]
        if only and base not in only:
            continue
        path = os.path.join(progdir, name)
        shutil.copy(path, os.path.join(RUN_DIR, name))
        filename = os.path.join(RUN_DIR, name)
        code = dump(path, filename)
        with open(os.path.join(root, base + '.code.json'), 'w') as f:
            json.dump(code, f, separators=(',', ':'))
        env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.12')
        stdin_path = os.path.join(progdir, base + '.stdin')
        stdin = open(stdin_path, 'rb').read() if os.path.exists(stdin_path) else b''
        r = subprocess.run([sys.executable, filename], cwd=RUN_DIR, input=stdin,
                           capture_output=True, env=env, timeout=60)
        out = {'stdout': r.stdout.decode('utf-8'), 'stderr': r.stderr.decode('utf-8'),
               'status': r.returncode, 'stdin': stdin.decode('utf-8')}
        with open(os.path.join(root, base + '.out.json'), 'w') as f:
            json.dump(out, f, indent=1)


if __name__ == '__main__':
    if sys.argv[1] == '--golden':
        golden(sys.argv[2], sys.argv[3:])
    else:
        print(json.dumps(dump(sys.argv[1], sys.argv[1]), separators=(',', ':')))
