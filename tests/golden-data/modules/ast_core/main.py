# _ast without Lib/ast.py: node classes, PyCF_ONLY_AST, compiling AST objects, conversion errors.
import _ast

print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.Name.__mro__)
print(_ast.BinOp._fields, _ast.BinOp._attributes, _ast.BinOp.__match_args__)
print(_ast.arguments._fields, _ast.arguments._attributes, _ast.arguments.vararg)
print(_ast.Constant.kind, _ast.Return.value, _ast.Name.end_lineno)
print(issubclass(_ast.Add, _ast.operator), issubclass(_ast.ExceptHandler, _ast.excepthandler))
print(isinstance(_ast.MatchAs(), _ast.pattern), issubclass(_ast.TypeVar, _ast.type_param))


def show(node, depth=0):
    if isinstance(node, list):
        return '[' + ', '.join(show(x, depth) for x in node) + ']'
    if not isinstance(node, _ast.AST):
        return repr(node)
    parts = []
    for f in node._fields:
        parts.append(f + '=' + show(getattr(node, f, '<missing>'), depth + 1))
    for a in node._attributes:
        parts.append(a + '=' + repr(getattr(node, a, '<missing>')))
    return type(node).__name__ + '(' + ', '.join(parts) + ')'


src = '''
def f(a, /, b=2, *args, c, **kw) -> int:
    """doc"""
    return a + b * len(args) if c else -kw.get('x', 1.5)
class C(Base, metaclass=M):
    x: int = 3
for i, j in zip(range(3), 'abc'):
    print(i, j, f"{i!r:>3}", b'\\x00', 1j, ..., None, True)
try:
    pass
except (ValueError, TypeError) as e:
    del e
with open('x') as fh, g():
    x = [y async for y in z] if 0 else {k: v for k, v in d.items()}
match p:
    case {'a': 1, **rest} | [1, *_] | Point(x=0) as q if q:
        lambda: (yield)
'''
tree = compile(src, '<src>', 'exec', _ast.PyCF_ONLY_AST)
print(type(tree).__name__)
for stmt in tree.body:
    print(show(stmt))
e = compile('a < b <= c is not d', '<e>', 'eval', _ast.PyCF_ONLY_AST)
print(show(e))
print(e.body.ops[0] is compile('x < y', '<e>', 'eval', 1024).body.ops[0])
print(compile(tree, 'f', 'exec', _ast.PyCF_ONLY_AST) is tree)

# Build a module by hand, compile and run it.
L = _ast.Load()
call = _ast.Call(_ast.Name('print', L), [_ast.Constant('built'), _ast.BinOp(_ast.Constant(6), _ast.Mult(), _ast.Constant(7))], [])
mod = _ast.Module([_ast.Expr(call, lineno=1, col_offset=0)], [])
for n in (call, call.func, *call.args, call.args[1].left, call.args[1].right):
    n.lineno, n.col_offset = 1, 0
exec(compile(mod, '<built>', 'exec'))
expr = _ast.Expression(_ast.Constant((1, 2.5, 'x', b'y', None, frozenset({3})), lineno=1, col_offset=0))
print(eval(compile(expr, '<e>', 'eval')))

# Transform a parsed tree: every call to print gets a prefix argument.
tree = compile("def g(n):\n    print('n is', n)\n    return n * 2\nprint(g(21))\n", '<t>', 'exec', 1024)
stack = [tree]
while stack:
    n = stack.pop()
    if isinstance(n, _ast.Call) and isinstance(n.func, _ast.Name) and n.func.id == 'print':
        n.args.insert(0, _ast.Constant('>>', lineno=n.lineno, col_offset=n.col_offset, end_lineno=n.lineno, end_col_offset=n.col_offset))
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(v, list):
            stack.extend(x for x in v if isinstance(x, _ast.AST))
        elif isinstance(v, _ast.AST):
            stack.append(v)
ns = {}
exec(compile(tree, '<t>', 'exec'), ns)
print(sorted(k for k in ns if k != '__builtins__'))

# Errors.
def err(thunk):
    try:
        thunk()
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

err(lambda: _ast.Name(1, 2, 3))
err(lambda: _ast.Name('x', id='y'))
err(lambda: compile(_ast.Module([_ast.Pass()], []), 'f', 'exec'))
err(lambda: compile(_ast.Module([_ast.Expr(_ast.Name, lineno=1, col_offset=0)], []), 'f', 'exec'))
err(lambda: compile(_ast.Module([_ast.Expr(lineno=1, col_offset=0)], []), 'f', 'exec'))
err(lambda: compile(_ast.Module([_ast.Expr(_ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'f', 'exec'))
err(lambda: compile(_ast.Module([_ast.Expr(_ast.Name(1, L, lineno=1, col_offset=0), lineno=1, col_offset=0)], []), 'f', 'exec'))
err(lambda: compile(_ast.Expression(_ast.Constant(1, lineno=1, col_offset=0)), 'f', 'exec'))
err(lambda: compile(_ast.Module([], []), 'f', 'eval'))
try:
    compile('x = (', '<bad>', 'exec', _ast.PyCF_ONLY_AST)
except SyntaxError as ex:
    print(ex.msg, ex.lineno, ex.offset)
