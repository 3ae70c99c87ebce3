"""Sorting records with operator and cloning state with copy."""
import operator
import copy
from operator import itemgetter, attrgetter, methodcaller

students = [("alice", "B", 88), ("bob", "A", 95), ("carol", "B", 72), ("dave", "A", 95)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2, 0), reverse=True))
print(list(map(itemgetter(0), students)), itemgetter(slice(1, 3))("abcdef"))

class Emp:
    def __init__(self, name, dept, pay):
        self.name, self.dept, self.pay = name, dept, pay
        self.boss = None
    def __repr__(self):
        return f"Emp({self.name!r})"
    def raise_pay(self, pct):
        return self.pay * (1 + pct / 100)

e = [Emp("zed", "ops", 50), Emp("amy", "dev", 70), Emp("kim", "dev", 60)]
e[1].boss = e[0]
print(sorted(e, key=attrgetter("dept", "pay")), attrgetter("boss.name")(e[1]))
print(list(map(methodcaller("raise_pay", 10), e)), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "b"), operator.ge(3, 4), operator.gt(4, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(256, 3))
print(operator.concat([1], [2]), operator.contains("hello", "ell"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(d, operator.getitem(d, "b"), operator.length_hint([1, 2, 3]), operator.index(7))
operator.delitem(d, "a")
print(d, operator.is_(None, None), operator.is_not(1, None))
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iconcat([0], [1]))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 4, 8]))

config = {"name": "server", "ports": [80, 443], "opts": {"tls": True, "ciphers": ["a", "b"]}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["opts"]["ciphers"].append("c")
config["name"] = "changed"
print(shallow)
print(deep)
print(shallow["ports"] is config["ports"], deep["opts"] is config["opts"])

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m.rows[0][0] = 99
print(m2, m3, m2.rows is m.rows)
class Tracked:
    count = 0
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        Tracked.count += 1
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        Tracked.count += 10
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1])
print(copy.copy(t).v is t.v, copy.deepcopy(t).v is t.v, Tracked.count)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[:2], copy.copy((1, 2)) , copy.deepcopy((1, [2]))[1] is not None)
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy(frozenset({3})))
