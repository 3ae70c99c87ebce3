# json dumps/loads of nested records, with indent and sort_keys.
import json
records = []
for i in range(3000):
    records.append({"id": i, "name": "user%d" % i, "score": i * 0.5, "tags": ["a", "b%d" % (i % 5)],
                    "active": i % 2 == 0, "meta": {"x": i, "y": None, "s": "caf\u00e9 \"q\""}})
s = json.dumps(records)
back = json.loads(s)
t = json.dumps(records[:300], indent=2, sort_keys=True)
u = json.loads(t)
total = sum(r["meta"]["x"] for r in back) + len(u)
print(len(s), len(t), back == records, total, s[:120])
