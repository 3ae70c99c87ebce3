try:
    try:
        f()
    except A:
        g()
    finally:
        h()
except B:
    pass
