counter = 0
log = []

def increment():
    global counter
    counter += 1
    log.append(counter)

for _ in range(3):
    increment()
print(counter, log)

def make_bank(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(('dep', x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f'insufficient: {balance}')
        balance -= x
        history.append(('wd', x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_bank(100)
dep(50); wd(30)
try:
    wd(500)
except ValueError as e:
    print(e)
print(rep())

def shadow():
    counter = 'local'
    def inner():
        global counter
        return counter
    return counter, inner()
print(shadow())

def declare_later():
    global later_var
    later_var = 'created in function'
declare_later()
print(later_var)

x = 'module'
def read_only():
    return x
def assign_local():
    x = 'local'
    return x
print(read_only(), assign_local(), x)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a, b = a * 10, b * 10
            return a + b
        return level3
    f = level2()
    return f(), a
print(level1())
class K:
    y = 5
    def m(self):
        return y if False else K.y
print(K().m())
