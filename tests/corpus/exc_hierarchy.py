for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError,
            StopIteration, NotImplementedError, AssertionError, TypeError, ValueError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("RuntimeError catches", type(e).__name__, e)
try:
    {}[0]
except Exception as e:
    print(isinstance(e, LookupError), isinstance(e, BaseException))
