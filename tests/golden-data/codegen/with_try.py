with a:
    try:
        f()
    finally:
        g()
