# The warnings machinery: default filters, actions, registries, catch_warnings, stack levels.
import warnings
import sys

print(warnings.filters[:5] == [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
])
print(warnings.defaultaction, type(warnings.onceregistry).__name__)

warnings.warn("plain user warning")
warnings.warn("deprecated here", DeprecationWarning)   # shown: __main__
warnings.warn("pending", PendingDeprecationWarning)     # ignored
warnings.warn("resource", ResourceWarning)              # ignored
warnings.warn(RuntimeWarning("an instance"))

def helper():
    warnings.warn("blame the caller", UserWarning, stacklevel=2)

helper()
for i in range(3):
    warnings.warn("in a loop")       # 'default': once per location
print(sorted(k for k in __warningregistry__ if k != 'version'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", SyntaxWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    try:
        warnings.warn("runtime error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", repr(e))

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
        warnings.warn("only once", RuntimeWarning)

with warnings.catch_warnings():
    warnings.simplefilter("module")
    def a(): warnings.warn("per module")
    def b(): warnings.warn("per module")
    a(); b()

def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("to the custom printer")
warnings.showwarning = old

print(warnings.formatwarning("text", UserWarning, "file.py", 7, "  the line  "), end="")
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
warnings.warn_explicit("explicit module", UserWarning, "somewhere.py", 43, module="mymod", registry={})

try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)

class MyWarning(UserWarning):
    pass
warnings.warn("subclass", MyWarning)
with warnings.catch_warnings():
    warnings.simplefilter("error", MyWarning)
    try:
        warnings.warn("sub error", MyWarning)
    except MyWarning as e:
        print("caught subclass", e)
    warnings.warn("still shown", UserWarning)
print("done")
