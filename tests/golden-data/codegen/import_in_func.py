def f():
    import json
    from os import path
    return json, path
