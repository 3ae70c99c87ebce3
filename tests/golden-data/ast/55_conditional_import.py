try:
    import json
except ImportError:
    json = None
if json:
    from json import loads as l, dumps as d
