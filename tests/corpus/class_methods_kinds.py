class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @property
    def kelvin(self):
        return self.deg + 273.15
t = Temp.from_f(212)
print(t.deg, Temp.valid(-300), t.valid(0), t.kelvin)
m = t.from_f
print(m(32).deg)
bound = t.__init__
print(type(bound).__name__)
