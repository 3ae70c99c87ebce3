# Descriptors: attribute access on a class calls __get__ / __set__ of the class attribute
# Mechanism: descriptor protocol
class Celsius:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        setattr(obj, self.slot, value)

class Reading:
    temp = Celsius()

    def __init__(self, t):
        self.temp = t

r = Reading(21.5)
print(r.temp, vars(r))
try:
    r.temp = -300
except ValueError as e:
    print("rejected:", e)
