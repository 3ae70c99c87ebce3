"""Engines goldens: run every tests/golden-data/engines/programs/NAME.py with CPython 3.12 as
/tmp/bytescope_eng/NAME.py and record stdout, stderr and the exit status in
tests/golden-data/engines/NAME.out.json (tests/unit/engines-golden.test.ts runs the same programs
on our compiler + VM).

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/engines_goldens.py [NAME...]
"""
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, 'tests', 'golden-data', 'engines')
RUN_DIR = '/tmp/bytescope_eng'


def main(names):
    assert sys.version_info[:2] == (3, 12), 'run with python3.12'
    os.makedirs(RUN_DIR, exist_ok=True)
    progs = os.path.join(GOLDEN, 'programs')
    if not names:
        names = sorted(f[:-3] for f in os.listdir(progs) if f.endswith('.py'))
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    for name in names:
        path = os.path.join(RUN_DIR, name + '.py')
        shutil.copy(os.path.join(progs, name + '.py'), path)
        p = subprocess.run([sys.executable, path], cwd=RUN_DIR, capture_output=True, text=True, env=env, timeout=120)
        with open(os.path.join(GOLDEN, name + '.out.json'), 'w') as f:
            json.dump({'stdout': p.stdout, 'stderr': p.stderr, 'status': p.returncode}, f, indent=1)
            f.write('\n')
        print(name, p.returncode)


if __name__ == '__main__':
    main(sys.argv[1:])
