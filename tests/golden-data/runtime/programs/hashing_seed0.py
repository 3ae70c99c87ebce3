# Hashes as CPython 3.12 computes them with PYTHONHASHSEED=0 (how the goldens are made):
# SipHash-1-3 (zero key) for str and bytes, mod 2**61-1 for numbers, xxHash for tuples.
words = ['apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape', 'kiwi', 'lemon', 'mango']
for w in words[:4]:
    print(w, hash(w))
print(hash(''), hash('a'), hash('é'), hash('€x'), hash('\U0001f600'), hash('abcdefghij'))
print(hash(b''), hash(b'abc'), hash(bytes(range(20))), hash('abc') == hash(b'abc'))
print(set(words))
print(frozenset(words[:5]))
print({w[::-1] for w in words})
print(set('hello world'))
print(set(['x' * i for i in range(1, 12)]))
print(set(['ab', 'ba', 'Ab', 'aB', 'é', '€', '\U0001f600', 'zz']))
d = dict.fromkeys(words)
print(list(d))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64 + 3), hash(-2**100))
print(hash(1.5), hash(-0.25), hash(1e300), hash(1e-300), hash(float('inf')), hash(-float('inf')), hash(2.0), hash(-0.0))
print(hash(3+4j), hash(complex(2, 0)), hash(1j))
print(hash(None) == hash(None), hash(True), hash(False))
print(hash(()), hash((1,)), hash((1, 2)), hash(('a', 'b')), hash((('x', 1), 2.5, None is None)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a', 'b'})), hash(frozenset({(1, 'a')})))
print(set([('a', 1), ('b', 2), ('c', 3), ('d', 4)]))
print({frozenset({'a'}), frozenset({'b'}), frozenset({'a', 'b'})})


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash(H(-1)), hash(H(2**63 - 1)), hash(H(2**63)), hash(H(-2**63)), hash(H(2**70)))
print(H(12345).__hash__(), 'abc'.__hash__(), (1, 'a').__hash__(), (2**62).__hash__())
print(sorted({2**60 + i for i in range(5)}) == sorted(set(2**60 + i for i in range(5))))
print({2**60, 2**61 + 5, 2**62 + 7, 3, 10**20})
print({1.5, 2.25, 1e20, 0.1, -7.75})
