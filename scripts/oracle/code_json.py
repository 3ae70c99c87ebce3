"""Encode a CPython 3.12 code object (and its constants) as JSON-ready data.

The encoding mirrors src/vm/bytecode/code.ts and src/vm/ast/constants.ts so tests can rebuild a
CodeObject without Python:
- constants: {"k": kind, ...}; ints as decimal strings, floats as the 16 hex digits of their
  little-endian IEEE-754 bytes (keeps -0.0, inf and nan exact), bytes as arrays of numbers,
  tuples/frozensets recursively (frozenset items in iteration order), code objects recursively;
- co_code, co_linetable, co_exceptiontable and co_localspluskinds as lowercase hex strings.

co_localspluskinds is not visible from Python: it is read from the PyCodeObject struct with
ctypes (64-bit 3.12 layout: co_localsplusnames at byte 96, co_localspluskinds at 104); the
names read there are checked against co_varnames/co_cellvars/co_freevars.
"""
import ctypes
import struct
import sys

assert sys.version_info[:2] == (3, 12), "run with python3.12"

_LOCALSPLUS_OFFSET = 96


def localsplus(co):
    p = ctypes.cast(id(co) + _LOCALSPLUS_OFFSET, ctypes.POINTER(ctypes.py_object))
    names, kinds = p[0], p[1]
    assert isinstance(names, tuple) and isinstance(kinds, bytes) and len(names) == len(kinds)
    assert tuple(n for n, k in zip(names, kinds) if k & 0x20) == co.co_varnames
    assert tuple(n for n, k in zip(names, kinds) if k & 0x80) == co.co_freevars
    return names, kinds


def float_bits(x):
    return struct.pack('<d', x).hex()


def const_json(v):
    t = type(v)
    if v is None:
        return {"k": "none"}
    if v is Ellipsis:
        return {"k": "ellipsis"}
    if t is bool:
        return {"k": "bool", "v": v}
    if t is int:
        return {"k": "int", "v": str(v)}
    if t is float:
        return {"k": "float", "v": float_bits(v)}
    if t is complex:
        return {"k": "complex", "re": float_bits(v.real), "im": float_bits(v.imag)}
    if t is str:
        return {"k": "str", "v": v}
    if t is bytes:
        return {"k": "bytes", "v": list(v)}
    if t is tuple:
        return {"k": "tuple", "v": [const_json(x) for x in v]}
    if t is frozenset:
        return {"k": "frozenset", "v": [const_json(x) for x in v]}
    if hasattr(v, "co_code"):
        return {"k": "code", "v": code_json(v)}
    raise TypeError(f"unexpected constant {v!r}")


def code_json(co):
    names, kinds = localsplus(co)
    return {
        "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_firstlineno": co.co_firstlineno,
        "co_code": co.co_code.hex(),
        "co_consts": [const_json(c) for c in co.co_consts],
        "co_names": list(co.co_names),
        "co_localsplusnames": list(names),
        "co_localspluskinds": kinds.hex(),
        "co_filename": co.co_filename,
        "co_name": co.co_name,
        "co_qualname": co.co_qualname,
        "co_linetable": co.co_linetable.hex(),
        "co_exceptiontable": co.co_exceptiontable.hex(),
    }
