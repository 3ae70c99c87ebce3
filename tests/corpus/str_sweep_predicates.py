# str predicates and case mappings over ASCII/latin-1/CJK/astral strings; no-argument methods reject arguments.
ss = ["", "a", "Z", "az", "a1", "@", "[", "`", "{", "ab cd", "\u00e9t\u00e9", "\u6771", "12", "\u0663", "\u00bd", " \t", "Hello World", "hELLO", "\U0001d400"]
for s in ss:
    print(ascii(s), [getattr(s, m)() for m in ("isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal", "isnumeric", "isascii")],
          ascii([getattr(s, m)() for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold")]))
for m in ("isalpha", "upper"):
    try:
        getattr("x", m)(1)
    except TypeError as e:
        print(e)
f = str.isalpha
print(f("abc"), list(map(str.upper, ["a", "b"])))
