class NeedsArgs:
    def __init__(self, a, b):
        self.a = a
try:
    NeedsArgs(1)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(5)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class M:
    def method(self):
        return 1
try:
    M.method()
except TypeError as e:
    print(e)
