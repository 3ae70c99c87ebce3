for x in xs:
    try:
        f(x)
    except E:
        continue
    finally:
        g()
