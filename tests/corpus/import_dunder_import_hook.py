# IMPORT_NAME calls builtins.__import__ when a program replaces it, with CPython's arguments.
import builtins
import sys

seen = []
original = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    if globals is not None and globals.get('__name__') == '__main__':
        seen.append((name, fromlist, level, locals is None, globals is not None))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import math
from os import path
import os.path as osp


def inside():
    import json.decoder
    return json.decoder.__name__


print(inside())
builtins.__import__ = original
import string
for entry in seen:
    print(entry)
print('string' in sys.modules, [e[0] for e in seen].count('string'))


def fake(name, *args):
    return 'fake:' + name


builtins.__import__ = fake
import anything_at_all
print(anything_at_all)
builtins.__import__ = original
del builtins.__import__
try:
    import math
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
import math
print(math.pi)
