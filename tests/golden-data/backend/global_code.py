import os, sys
from os import path as p, sep
from . import mod
import a.b.c
import a.b as ab
