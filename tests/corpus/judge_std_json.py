"""Serializing a small library catalogue with json."""
import json

catalog = {
    "library": "City Library",
    "open": True,
    "rating": 4.5,
    "closed_days": None,
    "books": [
        {"title": "Dune", "year": 1965, "tags": ["sci-fi", "classic"], "copies": 3},
        {"title": "Emma", "year": 1815, "tags": [], "copies": 1},
        {"title": "Café Ünicode", "year": 2020, "tags": ["ñ", "日本"], "copies": 0},
    ],
    "stats": {"visitors": 1200, "ratio": 0.25, "big": 12345678901234567890},
}

text = json.dumps(catalog)
print(text)
print(json.dumps(catalog, indent=2, sort_keys=True))
print(json.dumps(catalog["books"][2], ensure_ascii=False))
print(json.dumps([1, 2, {"a": [3, 4]}], separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [1, {"x": None}]}}, indent=4, sort_keys=True))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01"))
print(json.dumps([float("inf"), -float("inf"), 1e100, 1.0, -0.0, 3.14159]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None))
back = json.loads(text)
print(back == catalog, back["books"][0]["title"], type(back["stats"]["big"]), back["stats"]["big"])
data = json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\ud83d\\ude00"}')
print(data, data["u"], len(data["u"]))
print(json.loads("[1, 2, 3]"), json.loads('"hi"'), json.loads("3.0"), json.loads(" 42 "), json.loads("NaN"))
def to_obj(d):
    return tuple(sorted(d.items()))
print(json.loads('{"x": 1, "y": {"z": 2}}', object_hook=to_obj))
print(json.loads('[1.5, 2.25]', parse_float=lambda s: "F" + s), json.loads('[7]', parse_int=lambda s: int(s) * 10))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({"p": Point(0, 0)}, default=lambda o: [o.x, o.y]))
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.dumps({"k": [1, 2]}, indent="\t"))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(json.dumps(list(range(3)), indent=0))
