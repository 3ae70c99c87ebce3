/**
 * `_imp` in Python source: what `importlib/__init__.py` and `importlib._bootstrap` helpers call.
 * There are no frozen or extension modules here; "builtin" modules are the VM's registry
 * (`sys.builtin_module_names` plus every module the registry can create).
 */
export const IMP_SRC = String.raw`
"""(Extremely) low-level import machinery bits as used by importlib."""

import sys as _sys

check_hash_based_pycs = 'default'


def lock_held():
    return False


def acquire_lock():
    pass


def release_lock():
    pass


def extension_suffixes():
    return ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so']


def is_builtin(name, /):
    if name in ('sys', 'builtins'):
        return -1
    return 1 if name in _sys.builtin_module_names else 0


def create_builtin(spec, /):
    name = spec.name
    if name in _sys.modules:
        return _sys.modules[name]
    return __import__(name)


def exec_builtin(mod, /):
    return 0


def is_frozen(name, /):
    return False


def is_frozen_package(name, /):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError(f'No such frozen object named {name!r}', name=name)


def init_frozen(name, /):
    return None


def _frozen_module_names():
    return ()


def _fix_co_filename(code, path, /):
    pass


def _override_frozen_modules_for_tests(override, /):
    pass


def _override_multi_interp_extensions_check(override, /):
    return -1


def source_hash(key, source):
    raise NotImplementedError('source_hash')


def create_dynamic(spec, file=None, /):
    raise ImportError(f'extension modules are not supported: {spec.name!r}', name=spec.name)


def exec_dynamic(mod, /):
    return 0
`;
