import sys
xs = []
last = sys.getsizeof(xs)
print(0, last)
for i in range(40):
    xs.append(i)
    size = sys.getsizeof(xs)
    if size != last:
        print(len(xs), size)
        last = size
print(sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([i for i in range(10)]))
