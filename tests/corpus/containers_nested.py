data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}], "count": 2}
print(data)
print(data["users"][0]["tags"][1])
data["users"][1]["tags"].append("z")
print([u["tags"] for u in data["users"]])
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
print(sum(sum(r) for r in matrix))
print({k: len(v) for k, v in {"a": [1], "b": [1, 2]}.items()})
