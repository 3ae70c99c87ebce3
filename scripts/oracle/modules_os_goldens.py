#!/usr/bin/env python3
"""Goldens for the OS-level modules (posix/os) tested by tests/unit/modules-os.test.ts: the same
procedure and normalization as modules_goldens.py (run main.py from its case directory), over
tests/golden-data/modules-os/<case>/.

Usage: PYENV_VERSION=3.12 python3.12 scripts/oracle/modules_os_goldens.py [case ...]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import modules_goldens  # noqa: E402

modules_goldens.DATA = os.path.join(modules_goldens.ROOT, 'tests', 'golden-data', 'modules-os')

if __name__ == '__main__':
    modules_goldens.main()
