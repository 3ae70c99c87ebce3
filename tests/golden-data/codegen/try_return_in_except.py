def f():
    try:
        g()
    except E as e:
        return e
    except:
        return 2
