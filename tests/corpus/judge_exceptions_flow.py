def step(n):
    if n == 1:
        raise KeyError('one')
    if n == 2:
        raise IndexError('two')
    if n == 3:
        raise ZeroDivisionError('three')
    return n

for n in range(5):
    try:
        print('result', step(n))
    except (KeyError, IndexError) as e:
        print('lookup error', type(e).__name__, e)
    except ArithmeticError as e:
        print('arith', repr(e))
    else:
        print('no exception for', n)
    finally:
        print('done', n)

def reraise():
    try:
        step(1)
    except KeyError:
        print('logging and re-raising')
        raise

try:
    reraise()
except LookupError as e:
    print('outer caught', repr(e), isinstance(e, KeyError))

def nested_handlers():
    try:
        try:
            step(3)
        except ZeroDivisionError as inner:
            print('inner', inner)
            raise ValueError('converted') from inner
    except ValueError as outer:
        print('outer', outer, 'cause:', repr(outer.__cause__))
        return outer
e = nested_handlers()
print(e.__traceback__ is not None, e.__context__ is e.__cause__)
try:
    pass
except:
    print('never')
else:
    print('else of empty try')

def exc_var_scope():
    try:
        raise RuntimeError('x')
    except RuntimeError as err:
        pass
    try:
        return err
    except NameError as ne:
        return 'err deleted: ' + str(ne)
print(exc_var_scope())
import sys
try:
    raise TypeError('inspect me')
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info())
try:
    try:
        raise ValueError(1)
    finally:
        print('finally with pending exception')
except ValueError:
    print('propagated through finally')
