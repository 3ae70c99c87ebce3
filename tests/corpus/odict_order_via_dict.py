# An OrderedDict's order after move_to_end, read through dict's own methods and through its own.
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(list(od), list(dict.__iter__(od)), list(dict.keys(od)))
