def f():
    return
return 5
