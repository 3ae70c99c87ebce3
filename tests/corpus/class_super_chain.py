class A:
    def hello(self):
        return "A"
    def who(self):
        return "A.who"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(B):
    def hello(self):
        return "C>" + super().hello()
    def who(self):
        return "C>" + super(C, self).who()
c = C()
print(c.hello())
print(c.who())
print(super(B, c).hello())
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Child(Base):
    def __init__(self, x, **kw):
        super().__init__(x=x, **kw)
print(Child(1, y=2).kw)
