# Packages, submodules, relative imports, from-imports, import *, module attributes, circular
# imports and CPython's ImportError messages.
import sys
import pkg
print(pkg.__name__, pkg.__package__, pkg.VALUE, pkg.helper())
print(pkg.__path__[0].endswith('/pkg'), pkg.__file__.endswith('/pkg/__init__.py'))
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.__spec__.origin.endswith('__init__.py'))
print(pkg.__spec__.submodule_search_locations == pkg.__path__, pkg.__spec__.has_location)
import pkg.inner.deep
print(pkg.inner.deep.__name__, pkg.inner.deep.__package__, pkg.inner.deep.where())
print(pkg.inner.deep.__spec__.parent, pkg.inner.__spec__.parent)
from pkg.inner import deep as d2
print(d2 is pkg.inner.deep, 'pkg.inner.deep' in sys.modules)
from pkg import sub2
print(sub2.NAME, pkg.sub2 is sub2)
import pkg.sub as ps
print(ps.__name__, type(ps).__name__, ps.__loader__.name if hasattr(ps.__loader__, 'name') else None)
print(sorted(k for k in vars(ps) if k.startswith('__') and k != '__builtins__'))
print(type(ps.__builtins__).__name__)
from star import *
print(public_a, public_b)
try:
    hidden
except NameError as e:
    print('NameError', e)
from nostar import *
print(visible)
try:
    _private
except NameError as e:
    print('NameError', e)
import circ_a
print(circ_a.A, circ_a.b_value, circ_a.circ_b.B)
try:
    import broken
except ZeroDivisionError as e:
    print('broken:', e, 'broken' in sys.modules)
import selfreplace
print(selfreplace)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import star.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(pkg.__file__, '<pkg>'), e.name)
try:
    from circ_partial import anything
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
m = __import__('pkg.inner.deep')
print(m.__name__)
m = __import__('pkg.inner.deep', fromlist=['where'])
print(m.__name__)
m = __import__('deep', globals=vars(pkg.inner.deep), fromlist=['x'], level=1)
print(m.__name__)
try:
    __import__('x', {'__name__': '__main__'}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 'pkg'}, None, [], 3)
except ImportError as e:
    print(type(e).__name__, e)
import keyword
print(keyword.__name__, keyword.__spec__.name, keyword.__spec__.has_location)
import math
print(keyword.__loader__.get_filename().endswith("keyword.py"), keyword.__spec__.loader is keyword.__loader__)
print(type(sys.path).__name__, sys.modules['pkg'] is pkg)
