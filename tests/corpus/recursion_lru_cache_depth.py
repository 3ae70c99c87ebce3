# Memoized recursion through functools.lru_cache: each level calls the cache wrapper (a builtin),
# which calls the function again; CPython allows ~500 levels under the default limit of 1000.
from functools import lru_cache


@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


try:
    print(depth(400))
except RecursionError as e:
    print('RecursionError:', e)
