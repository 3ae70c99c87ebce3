class C(A, B, metaclass=M, k=1):
    pass
class D(*bases, **kw):
    pass
