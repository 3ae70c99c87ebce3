# What the site module adds to builtins: exit/quit (Quitter) and copyright/credits/license
# (_Printer) — their reprs and what calling them does.
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
print(repr(copyright))
print(repr(credits))
print(repr(license), type(license).__name__, type(license).__module__)
print(copyright())
credits()
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code)
import keyword, builtins
print(keyword.kwlist[:5], keyword.softkwlist)
print(sorted(n for n in dir(builtins) if not n.startswith('_'))[-10:])
print(__name__, __doc__, __spec__, __package__)
