class A(B):
    def m(self):
        return super().m()
    def n(self):
        return super().attr
