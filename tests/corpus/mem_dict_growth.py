import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(30):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
class Obj:
    pass
o = Obj()
print(sys.getsizeof(o), sys.getsizeof(o.__dict__) > 0)
