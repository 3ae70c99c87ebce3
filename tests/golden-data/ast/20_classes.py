class A:
    pass

class B(A):
    x = 1

class C(A, B, metaclass=M, **kw):
    def method(self):
        pass

@decorator
class D:
    """doc"""

class E(*bases):
    pass

class F():
    pass
