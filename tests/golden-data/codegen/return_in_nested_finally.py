def f():
    for x in y:
        try:
            try:
                return x
            finally:
                a()
        finally:
            b()
