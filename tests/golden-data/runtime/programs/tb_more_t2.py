data = {"users": [{"name": "a"}, {"name": "b"}]}
names = list(map(lambda u: u["nme"], data["users"]))
