class Cfg:
    debug = False
c = Cfg()
print(getattr(c, "debug"), getattr(c, "level", 3))
setattr(c, "level", 5)
print(c.level, hasattr(c, "level"), hasattr(c, "nothing"))
print(getattr("abc", "upper")())
try:
    getattr(c, "absent")
except AttributeError as e:
    print(e)
name = "dyn"
setattr(Cfg, name, lambda self: "dynamic method")
print(c.dyn())
print(getattr(Cfg, "__name__"))
