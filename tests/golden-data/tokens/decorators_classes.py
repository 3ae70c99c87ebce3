@a.b(c)
class C(D, metaclass=M):
    '''doc'''
    x: int = 0
