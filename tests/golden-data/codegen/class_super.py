class C(B):
    def __init__(self, a):
        super().__init__(a)
        self.a = super().x
    def m(self):
        return super(C, self).m()
