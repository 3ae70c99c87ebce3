# The gc module: generations, thresholds and what a collection finds
# Mechanism: cyclic garbage collector
import gc

print("thresholds:", gc.get_threshold())
print("counts before:", gc.get_count())
bag = []
for i in range(5):
    item = {"id": i}
    item["self"] = item       # each dict refers to itself
    bag.append(item)
bag = None
print("counts after:", gc.get_count())
print("unreachable found:", gc.collect())
print("stats:", gc.get_stats()[0])
