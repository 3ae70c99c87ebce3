def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'

def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    except ZeroDivisionError as e:
        print('caught', e)
        return 'handled'
    finally:
        print('outer finally')

def f7():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else ran')
        return 'from else'
    finally:
        print('finally after else')

def f8():
    while True:
        try:
            break
        finally:
            print('break through finally')
    return 'after loop'

for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(fn.__name__, '->', fn())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
g = gen()
print(next(g))
g.close()
print('closed')
