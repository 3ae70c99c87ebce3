# symtable over the compiler's symbol tables: scopes of names in modules, functions, closures,
# classes, lambdas and comprehensions, parameters/frees/nonlocals, and syntax errors from the pass.
import symtable
src = '''
import os
from math import pi as PI
counter = 0
def outer(a, b=1, *args, c, **kw):
    global counter
    x = a + b
    def inner(y):
        nonlocal x
        x += y
        return x, PI
    counter += 1
    return inner
class Shape:
    sides = 0
    def area(self):
        return self.sides * PI
    def _private(self): pass
lam = lambda q: q * 2
squares = [n * n for n in range(5)]
'''
top = symtable.symtable(src, "example.py", "exec")
print(top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
for name in sorted(top.get_identifiers()):
    s = top.lookup(name)
    print(name, s.is_global(), s.is_local(), s.is_imported(), s.is_assigned(), s.is_referenced(), s.is_namespace(), s.is_declared_global())
for child in top.get_children():
    print(child.get_type(), child.get_name(), child.get_lineno(), child.is_nested(), sorted(child.get_identifiers()))
outer = top.get_children()[0]
print(outer.get_parameters(), outer.get_locals(), outer.get_globals(), outer.get_frees(), outer.get_nonlocals())
inner = outer.get_children()[0]
print(inner.get_parameters(), inner.get_frees(), inner.get_nonlocals(), inner.get_globals(), inner.is_nested())
x = outer.lookup('x')
print(x.is_local(), x.is_free(), x.is_parameter(), x.get_name(), repr(x))
shape = top.get_children()[1]
print(shape.get_methods(), type(shape).__name__, type(outer).__name__, type(top).__name__)
print(inner.lookup('x').is_free(), inner.lookup('PI').is_global(), outer.lookup('inner').is_namespace(), outer.lookup('inner').get_namespace().get_name())
print(symtable.symtable("a + b", "<expr>", "eval").get_identifiers())
t = symtable.symtable("def f():\n    return [i for i in range(3)]\n", "c.py", "exec")
print([c.get_name() for c in t.get_children()[0].get_children()])
try:
    symtable.symtable("def f(:\n", "bad.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    symtable.symtable("def f(a, a): pass", "dup.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
