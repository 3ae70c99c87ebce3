class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

cfg = Config()
print(cfg.timeout)
try:
    print(cfg.timout)
except AttributeError as e:
    print('caught:', e)
import math
try:
    math.sqroot(4)
except AttributeError as e:
    print('caught:', e)
values = [1, 2, 3]
try:
    values.push(4)
except AttributeError as e:
    print('caught:', e)
print(cfg.retires)
