@dec1
@dec2(3)
def f():
    pass
