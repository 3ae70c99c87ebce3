# An uncaught exception group: CPython's boxed report (numbered sub-exceptions, nesting, notes,
# chained exceptions inside the boxes, and the 15-exception width limit).
def fail(i):
    raise ValueError(i)


def collect(n):
    errs = []
    for i in range(n):
        try:
            fail(i)
        except ValueError as e:
            errs.append(e)
    return errs


def inner():
    try:
        fail('ctx')
    except ValueError as e:
        g = ExceptionGroup('inner', [e, TypeError('t')])
        g.add_note('note on inner')
        raise g


try:
    inner()
except ExceptionGroup as e:
    many = ExceptionGroup('many', collect(17))
    raise ExceptionGroup('outer', [e, KeyError('k'), many, BaseExceptionGroup('deep', [ExceptionGroup('deeper', [OSError(2)])])]) from None
