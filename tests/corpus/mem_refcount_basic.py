import sys
obj = object()
print(sys.getrefcount(obj))
alias = obj
print(sys.getrefcount(obj))
holder = [obj, obj]
print(sys.getrefcount(obj))
del holder
print(sys.getrefcount(obj))
del alias
print(sys.getrefcount(obj))
