# Lib/ast.py (from the stdlib) over the _ast builtin: parse/dump/walk/visitors/unparse/literal_eval/compile.
import ast

src = '''\
"""Module doc."""
import os.path as p
from . import x as y
@deco(1)
async def fetch(url, *, retries=3, **opts):
    """Fetch it."""
    async with session() as s:
        async for chunk in s.get(url):
            yield chunk
    await other(retries)
def total(xs: list[int]) -> int:
    global counter
    s = 0
    for x in xs:
        if x % 2 == 0 and x > 2 or not x:
            s += x ** 2
        elif x in (1, 2):
            continue
        else:
            break
    else:
        s -= 1
    while s > 100:
        s //= 2
    return s
try:
    raise ValueError('bad') from None
except* ValueError as eg:
    pass
finally:
    assert total([1, 2, 3]) == 4, 'msg'
value = [i * j for i in range(3) for j in range(i) if i != j]
print(f"{value!r:>10} and {value[1:2]} {1_000:,}", *value, sep='-')
type Alias[T] = list[T]
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse('a.b[c:d] = -e @ f', mode='exec'), include_attributes=True))
print(ast.dump(ast.parse('x if y else z', mode='eval'), annotate_fields=False))
print(ast.unparse(tree))
print(ast.get_docstring(tree), ast.get_docstring(tree.body[3]))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(list(ast.iter_fields(tree.body[1]))[0][0], [type(c).__name__ for c in ast.iter_child_nodes(tree.body[5])])
print(ast.get_source_segment(src, tree.body[4].body[2]))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = {}

    def visit_Name(self, node):
        self.names[node.id] = self.names.get(node.id, 0) + 1
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(sorted(c.names.items()))


class Rewrite(ast.NodeTransformer):
    """Calls to print get a prefix; constants 2 become 20; `pass` statements disappear."""

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == 'print':
            node.args.insert(0, ast.Constant(value='[log]'))
            node.keywords.append(ast.keyword(arg='end', value=ast.Constant(value='!\n')))
        return node

    def visit_Constant(self, node):
        if node.value == 2:
            return ast.copy_location(ast.Constant(value=20), node)
        return node

    def visit_Pass(self, node):
        return None


prog = '''
def area(w, h):
    pass
    return w * h
print(area(2, 3), 'units')
for k in range(2):
    print(k, area(k, 2))
'''
t = ast.parse(prog)
t = ast.fix_missing_locations(Rewrite().visit(t))
print(ast.unparse(t))
code = compile(t, '<rewritten>', 'exec')
exec(code, {})
ast.increment_lineno(t, 10)
print(t.body[0].lineno, t.body[0].body[0].lineno, t.body[-1].end_lineno)

# Building a tree from scratch.
fn = ast.FunctionDef(
    name='square', args=ast.arguments(posonlyargs=[], args=[ast.arg(arg='n')], kwonlyargs=[],
                                      kw_defaults=[], defaults=[]),
    body=[ast.Return(value=ast.BinOp(left=ast.Name(id='n', ctx=ast.Load()), op=ast.Mult(),
                                     right=ast.Name(id='n', ctx=ast.Load())))],
    decorator_list=[], type_params=[])
mod = ast.Module(body=[fn, ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                                                   args=[ast.Call(func=ast.Name(id='square', ctx=ast.Load()),
                                                                  args=[ast.Constant(value=12)], keywords=[])],
                                                   keywords=[]))],
                 type_ignores=[])
mod = ast.fix_missing_locations(mod)
print(ast.unparse(mod))
exec(compile(mod, '<built>', 'exec'))
print(eval(compile(ast.Expression(body=ast.parse('3 * 7', mode='eval').body), '<e>', 'eval')))

for s in ["[1, (2, 3.5), {'a': None}, -4, b'x', {1, 2}, 1+2j]", "{'k': (True, False)}", "-(-3)", "__import__('os')", "1 + x"]:
    try:
        print(repr(ast.literal_eval(s)))
    except ValueError as e:
        print('ValueError:', str(e).split(' object at ')[0])

try:
    ast.parse('def f(:\n  pass')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset)
print(isinstance(ast.parse('1').body[0].value, ast.Constant), ast.Load() is ast.Load())
print(ast.Constant(value=3).value, ast.Constant.__module__, ast.AST.__name__)

# Other parse modes, type comments, and code compiled from a tree equals code compiled from source.
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(ast.parse('x = 1  # type: int\ndef f(a):  # type: (int) -> None\n    pass  # type: ignore[x]', type_comments=True)))


def same(c1, c2):
    subs = [(x, y) for x, y in zip(c1.co_consts, c2.co_consts) if hasattr(x, 'co_code')]
    return (c1.co_code == c2.co_code and c1.co_linetable == c2.co_linetable
            and c1.co_exceptiontable == c2.co_exceptiontable and all(same(x, y) for x, y in subs))


print(same(compile(ast.parse(src), 'm', 'exec'), compile(src, 'm', 'exec')))
