class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__}: {self.sound}"
class Cat(Animal):
    sound = "meow"
class Cow(Animal):
    sound = "moo"
    def speak(self):
        return super().speak().upper()
class Fish(Animal):
    pass
for a in (Cat(), Cow(), Fish()):
    print(a.speak())
zoo = {type(a).__name__: a for a in [Cat(), Cow()]}
print(sorted(zoo))
