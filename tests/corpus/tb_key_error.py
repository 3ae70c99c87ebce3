settings = {"host": "localhost", "port": 8080}
print(settings["host"])
timeout = settings["timeout"] + settings["port"]
