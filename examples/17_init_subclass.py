# __init_subclass__: a base class hears about every subclass as it is created
# Mechanism: __init_subclass__
class Shape:
    kinds = []

    def __init_subclass__(cls, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.kinds.append(cls.__name__)

class Triangle(Shape, sides=3):
    pass

class Square(Shape, sides=4):
    pass

print(Shape.kinds, Triangle.sides, Square.sides)
