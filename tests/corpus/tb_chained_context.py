def cleanup():
    raise ValueError("cleanup failed")
try:
    1 / 0
except ZeroDivisionError:
    cleanup()
