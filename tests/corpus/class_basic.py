class Dog:
    species = "canine"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
d = Dog("Rex", 3)
print(d.bark(), d.birthday(), d.age)
print(Dog.species, d.species, d.__class__.__name__)
e = Dog("Fido", 1)
e.species = "override"
print(e.species, Dog.species, d.species)
print(type(d) is Dog, isinstance(d, Dog), isinstance(d, object))
print(Dog.bark(d))
print(sorted(d.__dict__.items()))
