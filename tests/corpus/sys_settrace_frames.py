# Local trace functions: exceptions across frames, generator send, class bodies, while/for on
# one line, returning None, f_trace_lines/f_trace_opcodes (3.12: opcode events follow the flag
# as it was at sys.settrace), f_trace on the current frame, and a tracer that raises.
import sys
out = []
def t(frame, event, arg):
    a = arg
    if event == 'exception': a = arg[0].__name__
    elif event == 'return': a = repr(arg)
    out.append((event, frame.f_code.co_name, frame.f_lineno, a))
    return t
def inner(x):
    if x:
        raise ValueError(x)
    return 1
def middle(x):
    return inner(x) + 1
def outer():
    try:
        middle(1)
    except ValueError as e:
        r = str(e)
    return middle(0)
def g():
    x = yield 1
    y = yield x
    return y
def use_gen():
    it = g()
    next(it)
    it.send(5)
    try:
        it.send(7)
    except StopIteration as s:
        return s.value
class C:
    a = 1
    def m(self):
        return [i for i in range(2)]
def loops():
    n = 0
    while n < 3: n += 1
    for i in range(2): n += i
    return n
sys.settrace(t)
outer(); use_gen(); C().m(); loops()
sys.settrace(None)
for o in out: print(o)
out.clear()
def selective(frame, event, arg):
    out.append((event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_code.co_name == 'skip_me':
        return None
    if frame.f_code.co_name == 'nolines':
        frame.f_trace_lines = False
    if frame.f_code.co_name == 'ops':
        frame.f_trace_opcodes = True
    return selective
def skip_me():
    a = 1
    return a
def nolines():
    a = 1
    b = 2
    return a + b
def ops():
    return 1 + 2
sys.settrace(selective)
skip_me(); nolines(); ops()
sys.settrace(None)
for o in out: print(o)
def here():
    out.clear()
    def lt(frame, event, arg):
        out.append((event, frame.f_lineno))
        return lt
    sys.settrace(lambda *a: None)
    sys._getframe().f_trace = lt
    x = 1
    y = 2
    sys.settrace(None)
    return out[:]
print(here())
def bad(frame, event, arg):
    raise RuntimeError("tracer broke")
def victim():
    return 1
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())

import sys, dis
ev = []
def setup(frame, event, arg):
    frame.f_trace_opcodes = True
    return None
sys.settrace(setup)
def warm(): pass
warm()
def ot(frame, event, arg):
    if event == 'opcode':
        code = frame.f_code.co_code
        ev.append((event, frame.f_lasti, dis.opname[code[frame.f_lasti]]))
    else:
        ev.append((event, frame.f_lineno))
    if event == 'call':
        frame.f_trace_opcodes = True
    return ot
def target(a):
    b = a * 2
    return b
sys.settrace(ot)
target(3)
sys.settrace(None)
for e in ev: print(e)
def deep(n):
    if n == 0:
        raise KeyError('bottom')
    return deep(n - 1)
ev.clear()
def et(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else arg))
    return et
sys.settrace(et)
try:
    deep(2)
except KeyError:
    pass
sys.settrace(None)
for e in ev: print(e)
