import a
import a.b.c
import a as b
import a.b as c, d
from a import b
from a import b as c, d
from . import x
from .. import y
from .mod import z
from ...pkg.mod import w
from .... import v
from a import (b, c)
from a import (b, c,)
from a import *
