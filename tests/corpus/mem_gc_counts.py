import gc
print(gc.get_threshold())
gc.collect()
print(gc.get_count()[1:])
class C:
    pass
objs = [C() for _ in range(5)]
print(gc.is_tracked(objs), gc.is_tracked(5), gc.is_tracked("s"), gc.is_tracked([]))
print(gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(objs[0]))
print(gc.collect())
