#!/usr/bin/env python3
"""Goldens for the import system and stdlib-module tests (tests/unit/imports-golden.test.ts).

Each case is a directory tests/golden-data/modules/<case>/ holding main.py (and the modules it
imports). This script runs `python3.12 <abs>/main.py` from that directory and writes
tests/golden-data/modules/<case>.expected.json with stdout, stderr and the exit status.

Normalization (applied identically by the test to Bytescope's output): the case directory's
absolute path becomes '<case>', and CPython's stdlib directory becomes '/usr/lib/python3.12' (the
virtual path Bytescope gives stdlib files, see src/vm/runtime/importer/finder.ts).

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/modules_goldens.py [case ...]
"""
import json
import os
import subprocess
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, 'tests', 'golden-data', 'modules')
STDLIB = sysconfig.get_paths()['stdlib']


def main():
    assert sys.version_info[:2] == (3, 12), 'run with python3.12'
    cases = sys.argv[1:] or sorted(d for d in os.listdir(DATA) if os.path.isdir(os.path.join(DATA, d)))
    for case in cases:
        cdir = os.path.join(DATA, case)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1', PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
        p = subprocess.run([sys.executable, os.path.join(cdir, 'main.py')], cwd=cdir, env=env,
                           capture_output=True, text=True, timeout=60)

        def norm(s):
            return s.replace(cdir, '<case>').replace(STDLIB, '/usr/lib/python3.12')

        out = {'stdout': norm(p.stdout), 'stderr': norm(p.stderr), 'status': p.returncode}
        with open(os.path.join(DATA, case + '.expected.json'), 'w') as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(f'{case}: status {p.returncode}, {len(p.stdout)} chars stdout, {len(p.stderr)} chars stderr')


if __name__ == '__main__':
    main()
