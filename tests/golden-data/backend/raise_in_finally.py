try:
    a()
finally:
    raise b
