import sys
def f():
    try:
        return 1 / 0
    finally:
        print("cleanup")
try:
    f()
except ZeroDivisionError as e:
    e.add_note("while computing f")
    raise
