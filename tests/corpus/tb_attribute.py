class Config:
    def __init__(self):
        self.name = "cfg"
c = Config()
print(c.name)
print(c.name.upper().missing_attr)
