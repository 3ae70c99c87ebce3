# Tracebacks through functions CPython implements in C (datetime, decimal, io, array) show no
# frames for them, also when they call back into Python code.
import datetime, io, traceback, array
from decimal import Decimal

def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc())

show(datetime.date, 2024, 13, 1)
show(io.StringIO, 5)
show(array.array, "q", [1.5])

class BadZone(datetime.tzinfo):
    def utcoffset(self, dt):
        raise RuntimeError("no offset here")

show(datetime.datetime(2024, 1, 2, tzinfo=BadZone()).utcoffset)
print(Decimal("1.25") + Decimal("2"))
Decimal("twelve")
