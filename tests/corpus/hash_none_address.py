# hash() of objects hashed by address (None, object(), functions): CPython 3.12 hashes None by
# its address in the interpreter binary, so hash(None) is that build's constant.
print(hash(None))
o = object()
print(hash(o) == id(o) >> 4, hash(len) == hash(len))
