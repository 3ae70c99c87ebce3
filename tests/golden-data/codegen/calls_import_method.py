import os
os.getcwd()
from os import path
path.join(a, b)
