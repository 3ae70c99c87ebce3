import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 100))
print(sys.getsizeof(-1), sys.getsizeof(True), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abcdef"), sys.getsizeof("é"), sys.getsizeof("€"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof({1, 2}))
print(sys.getsizeof(None), sys.getsizeof(object()))
