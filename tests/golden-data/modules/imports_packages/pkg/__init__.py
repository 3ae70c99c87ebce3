VALUE = 1
from .sub import helper
from . import sub2 as _s2
