import os
import os.path
import os.path as osp
import a.b.c as d
from x import y
from x import y as z, w
from . import m
from ..pkg import n
