class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f'eq {self.name} vs {getattr(other, "name", other)}')
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f'Key({self.name!r})'

d = {Key('A'): 1}
print(d[Key('a')])
d[Key('A')] = 2
print(d)
print(Key('x') in {Key('X')}, Key('x') in [Key('y'), Key('X')])
print(Key('q') == Key('Q'), Key('q') != Key('Q'))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
print(NoHash() == 5, NoHash() != 5, 5 == NoHash())

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'L{self.v}'
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(5) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
class Ne:
    def __ne__(self, other):
        return 'custom ne'
print(Ne() != 1, Ne() == Ne())
print([1, 2] == [1, 2.0], (1, 'a') == (1.0, 'a'), {'a': 1} == {'a': True}, {1, 2} == frozenset({1, 2}))
nan = float('nan')
lst = [nan]
print(nan in lst, lst == [nan], [float('nan')] == [float('nan')], lst.count(nan), lst.index(nan))
