class A(B, metaclass=M):
    x = 1
    def m(self):
        return self.x
