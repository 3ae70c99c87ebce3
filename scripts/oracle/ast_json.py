"""Convert CPython 3.12's ast.parse() result to JSON in Bytescope's node shape.

Nodes become {"_type": ClassName, <fields in _fields order>, <attributes>}; optional fields are null,
lists are arrays.  Constant values (Constant.value, MatchSingleton.value) are encoded as ConstValue
objects: {"k": "int", "v": "<decimal>"}, {"k": "float", "v": "<repr or inf/-inf/nan>"},
{"k": "complex", "re": ..., "im": ...}, {"k": "bytes", "v": [ints]}, {"k": "str", "v": s},
{"k": "tuple"/"frozenset", "v": [...]}, {"k": "none"}, {"k": "ellipsis"}, {"k": "bool", "v": b}.
tests/helpers/ast-json.ts decodes this back into src/vm/ast node objects.

Usage: python3.12 ast_json.py FILE.py  (prints JSON to stdout)
"""
import ast
import json
import math
import sys


def enc_float(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return repr(x)


def enc_const(v, other=None):
    """ConstValue JSON of v; `other(v)` encodes kinds this module does not know (code objects)."""
    if v is None:
        return {'k': 'none'}
    if v is Ellipsis:
        return {'k': 'ellipsis'}
    if isinstance(v, bool):
        return {'k': 'bool', 'v': v}
    if isinstance(v, int):
        return {'k': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'k': 'float', 'v': enc_float(v)}
    if isinstance(v, complex):
        return {'k': 'complex', 're': enc_float(v.real), 'im': enc_float(v.imag)}
    if isinstance(v, str):
        return {'k': 'str', 'v': v}
    if isinstance(v, bytes):
        return {'k': 'bytes', 'v': list(v)}
    if isinstance(v, tuple):
        return {'k': 'tuple', 'v': [enc_const(x, other) for x in v]}
    if isinstance(v, frozenset):
        return {'k': 'frozenset', 'v': [enc_const(x, other) for x in v]}
    if other is not None:
        return other(v)
    raise TypeError(type(v))


def enc(node):
    if isinstance(node, list):
        return [enc(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {'_type': type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if f == 'value' and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[f] = enc_const(v)
        else:
            out[f] = enc(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def to_json(source, filename='<string>'):
    return enc(ast.parse(source, filename))


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as fh:
        src = fh.read()
    json.dump(to_json(src, sys.argv[1]), sys.stdout)
