from .. import sub
from ..sub2 import NAME
def where():
    return (sub.__name__, NAME, __name__)
x = 1
