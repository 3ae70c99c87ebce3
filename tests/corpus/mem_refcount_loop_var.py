import sys
marker = object()
base = sys.getrefcount(marker)
for i in range(3):
    tmp = marker
print(sys.getrefcount(marker) - base)
lst = [marker] * 5
print(sys.getrefcount(marker) - base)
lst = lst[:2]
print(sys.getrefcount(marker) - base)
del lst, tmp
print(sys.getrefcount(marker) - base)
