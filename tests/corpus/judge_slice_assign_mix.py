s = 'abcdefghij'
print(s[::-1], s[-3:], s[:-3], s[2:8:2], s[8:2:-2], s[::-3], s[100:], s[-100:3], s[5:5])
print(s[slice(None, None, 2)], s[slice(-1, None, -4)], s[1:-1][::-1])
lst = list(range(10))
lst[2:5] = ['x']
print(lst)
lst[::-3] = ['A', 'B', 'C']
print(lst)
lst[len(lst):] = [100, 200]
print(lst)
lst[:0] = ['start']
print(lst)
lst[-2:] = 'yz'
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
try:
    lst[1:3] = 5
except TypeError as e:
    print(e)
del lst[1::2]
print(lst)
t = tuple(range(6))
print(t[::2], t[-1::-2], t[1:4], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], list(r[::2]), len(r[5:]))
b = bytearray(b'hello world')
b[0:5] = b'HELLO'
b[-5:] = b'there!'
print(b, bytes(b[::2]))
a = [0] * 5
a[1:4] = range(3)
print(a)
m = [1, 2, 3]
m[1:1] = m
print(m)
x = list('abcdef')
x[1:5:2] = x[4:0:-2]
print(x)
try:
    t[0] = 1
except TypeError as e:
    print(e)
print('hello'[1:3] == 'el', [1, 2, 3][-1:-4:-1], [1, 2, 3][5:0:-1])
