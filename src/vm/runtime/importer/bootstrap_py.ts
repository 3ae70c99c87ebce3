/**
 * Python source of the importer's module-spec and loader classes, compiled and run once, lazily,
 * on the VM as the modules `_frozen_importlib` and `_frozen_importlib_external` (CPython's names
 * for the frozen import machinery, so `type(m.__spec__)`, `m.__loader__` and their reprs read as in
 * CPython). The finding and loading itself is done in TypeScript (importer/index.ts); these classes
 * only describe what was found. `_bytescope_source(path)` is a builtin the importer injects.
 * The other names (FrozenImporter, PathFinder, the loader class tree, suffix lists, `_gcd_import`)
 * are what `importlib`, `importlib.machinery` and `inspect` read at import time; the finders find
 * nothing (sys.meta_path is not consulted by the TypeScript importer).
 */
export const FROZEN_IMPORTLIB_SRC = `
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def is_package(fullname):
        return False

    @staticmethod
    def get_source(fullname):
        return None

    @staticmethod
    def get_code(fullname):
        return None


class FrozenImporter:
    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def is_package(fullname):
        return False

    @staticmethod
    def get_source(fullname):
        return None

    @staticmethod
    def get_code(fullname):
        return None


class _ImportLockContext:
    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, exc_traceback):
        pass


import builtins as _builtins
__import__ = _builtins.__import__
del _builtins


def _resolve_name(name, package, level):
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return parts[0] + '.' + name if name else parts[0]


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    # importlib.import_module: the module itself (not its top-level package), found by the
    # importer in TypeScript through the builtin __import__.
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    import sys
    __import__(name)
    return sys.modules[name]
`;

export const FROZEN_IMPORTLIB_EXTERNAL_SRC = `
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so']
MAGIC_NUMBER = b'\\xcb\\r\\r\\n'
_PYCACHE = '__pycache__'


def _pack_uint32(x):
    x &= 0xFFFFFFFF
    return bytes([x & 0xFF, (x >> 8) & 0xFF, (x >> 16) & 0xFF, x >> 24])


def _unpack_uint32(data):
    assert len(data) == 4
    return data[0] | (data[1] << 8) | (data[2] << 16) | (data[3] << 24)


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    base, sep, rest = tail.rpartition('.')
    name = (base if sep else rest) + '.cpython-312'
    if optimization:
        name += '.opt-' + str(optimization)
    return (head + '/' if head else '') + _PYCACHE + '/' + name + BYTECODE_SUFFIXES[0]


def source_from_cache(path):
    head, _, pycache_filename = path.rpartition('/')
    head, _, pycache = head.rpartition('/')
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    if pycache_filename.count('.') not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base = pycache_filename.partition('.')[0]
    return (head + '/' if head else '') + base + SOURCE_SUFFIXES[0]


def decode_source(source_bytes):
    return source_bytes.decode().replace('\\r\\n', '\\n').replace('\\r', '\\n')


class WindowsRegistryFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class PathFinder:
    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return None

    def __repr__(self):
        return f'FileFinder({self.path!r})'


class _LoaderBasics:
    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None


class SourceLoader(_LoaderBasics):
    pass


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        return _bytescope_source(path)


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    pass


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    pass


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self.name = name
        self._path = path


class SourceFileLoader(FileLoader, SourceLoader):
    def get_source(self, fullname):
        return _bytescope_source(self.path)

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'
`;
