# sys.settrace's events through loops, generators (yield = return, resume = call), exceptions
# raised/handled/propagating, comprehensions on one line, lambdas, properties and with blocks.
import sys
import contextlib
log = []
def tr(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith('_') and name != '<listcomp>': return None
    a = arg
    if event == 'exception': a = (arg[0].__name__, str(arg[1]))
    elif event == 'return': a = repr(arg)
    log.append(f"{event}:{name}:{frame.f_lineno - 2}:{a}" if event != 'line' else f"line:{name}:{frame.f_lineno - 2}")
    return tr
def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while total > 0:
        total -= 3
    return total
def gen(n):
    for i in range(n):
        yield i * 2
    return 'end'
def raiser():
    try:
        {}['k']
    except KeyError:
        pass
    try:
        int('x')
    finally:
        x = 1
def comp():
    return [c * 2 for c in 'ab'], {k: 1 for k in 'x'}
def lam():
    f = lambda v: v + 1
    return f(1)
class K:
    def __init__(self):
        self.v = 1
    @property
    def p(self):
        return self.v
def with_stmt():
    pass
    with contextlib.nullcontext(5) as c:
        y = c
    return y
sys.settrace(tr)
loop(4)
list(gen(2))
try:
    raiser()
except ValueError:
    pass
comp(); lam(); K().p; with_stmt()
sys.settrace(None)
print("\n".join(log))
print(sys.gettrace())

events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
sys.settrace(tracer)
fib(3)
sys.settrace(None)
for e in events: print(e)


def h(x):
    y = x * 2
    for i in range(2):
        y += i
    return y
lines = []
def lt(frame, event, arg):
    if event == 'line': lines.append(frame.f_lineno - h.__code__.co_firstlineno)
    if event == 'opcode': lines.append('op')
    return lt
sys.settrace(lt); h(1); sys.settrace(None)
print(lines)
print(sys.gettrace())
def ex_tracer(frame, event, arg):
    if event == 'exception':
        print("exception event", frame.f_code.co_name, arg[0].__name__)
    return ex_tracer
def boom():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
sys.settrace(ex_tracer); boom(); sys.settrace(None)
