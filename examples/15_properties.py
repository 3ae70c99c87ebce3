# Properties: a property is a data descriptor built from getter and setter functions
# Mechanism: property
class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        self._w = max(0, value)

box = Rect(3, 4)
print(box.area)
box.width = -5
print(box.width, box.area)
print(type(Rect.__dict__["area"]).__name__)
