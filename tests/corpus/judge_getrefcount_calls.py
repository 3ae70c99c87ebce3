import sys

def show(label, value):
    print(label, sys.getrefcount(value))

data = [1, 2, 3]
show('list passed to show', data)
print('direct', sys.getrefcount(data))
container = {'k': data}
print('in dict', sys.getrefcount(data))
pair = (data, data)
print('tuple twice', sys.getrefcount(data))
del pair, container
print('back', sys.getrefcount(data))

class Holder:
    def __init__(self, item):
        self.item = item
    def count(self):
        return sys.getrefcount(self.item)

h = Holder(data)
print('attr', sys.getrefcount(data), h.count())
h2 = Holder(data)
print('two holders', sys.getrefcount(data))
del h, h2
print('holders gone', sys.getrefcount(data))

def gen(x):
    yield sys.getrefcount(x)
g = gen(data)
print('generator arg before start', sys.getrefcount(data))
print('inside gen', next(g))
del g
print('after gen', sys.getrefcount(data))

lam = lambda: data
print('lambda global ref', sys.getrefcount(data))
def default_arg(x=data):
    return x
print('default arg', sys.getrefcount(data))
del default_arg
print('default gone', sys.getrefcount(data))

for i, item in enumerate([data]):
    print('enumerate', sys.getrefcount(data))
print('after loop', sys.getrefcount(data))
del item
s = 'abc' * 100
print('str', sys.getrefcount(s))
words = s.split('c')
print('split copies', sys.getrefcount(words[0]))
n = 10 ** 40
print('bigint', sys.getrefcount(n))
nums = [n] * 5
print('bigint x5', sys.getrefcount(n))
print('function object', sys.getrefcount(show), sys.getrefcount(Holder) >= 3)
