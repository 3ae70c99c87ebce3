scores = {"ann": 90, "ben": 72, "cat": 85}
for name in scores:
    print(name, scores[name])
for name, score in scores.items():
    print(f"{name}: {score}")
total = 0
for v in scores.values():
    total += v
print(total)
print(sorted(scores, key=scores.get))
inverted = {v: k for k, v in scores.items()}
print(inverted)
print(dict.fromkeys(["x", "y"], 0))
d2 = scores.copy()
d2.clear()
print(d2, scores == {"cat": 85, "ann": 90, "ben": 72})
print(scores.popitem(), scores)
