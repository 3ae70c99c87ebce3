# Metaclasses: a class statement calls its metaclass to build the class object
# Mechanism: metaclasses / type.__call__
class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes[name] = cls
        return cls

    def __call__(cls, *args):
        print("creating a", cls.__name__)
        return super().__call__(*args)

class Plugin(metaclass=Registry):
    def __init__(self, x):
        self.x = x

class Exporter(Plugin):
    pass

e = Exporter(7)
print(sorted(Registry.classes), e.x, type(Exporter).__name__)
