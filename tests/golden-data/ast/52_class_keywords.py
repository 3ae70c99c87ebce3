class A(B, metaclass=M):
    x: int
    y: str = "a"

    def __init__(self, *, a=1):
        self.a = a

    @staticmethod
    def s(): pass

    @classmethod
    def c(cls): pass
