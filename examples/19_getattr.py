# __getattr__ vs __getattribute__: the fallback hook and the always-called hook
# Mechanism: attribute lookup
class Lazy:
    def __init__(self):
        self.real = "present"

    def __getattr__(self, name):
        print("  __getattr__ for", name)
        value = name.upper()
        setattr(self, name, value)
        return value

class Audited:
    def __getattribute__(self, name):
        print("  __getattribute__ for", name)
        return object.__getattribute__(self, name)

obj = Lazy()
print(obj.real)
print(obj.missing)
print(obj.missing)       # now found normally: no hook call
a = Audited()
a.x = 1
print(a.x)
