import tracemalloc

tracemalloc.start(5)

class Box:
    pass

def make():
    return Box()

def outer():
    return make()

obj = outer()
tb = tracemalloc.get_object_traceback(obj)
print(len(tb), [f.lineno for f in tb])
print(tb[-1].lineno, tb.total_nframe)
print(tracemalloc.get_object_traceback(12345))
flt = tracemalloc.Filter(True, "*tm_object_tb.py", lineno=9)
snap = tracemalloc.take_snapshot().filter_traces([flt])
print([st.count for st in snap.statistics("lineno")])
tracemalloc.stop()
print(tracemalloc.get_object_traceback(obj))
