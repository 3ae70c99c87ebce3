"""Every itertools function on small, printable inputs."""
import itertools as it
import operator

print(list(it.islice(it.count(10, 3), 5)))
print(list(it.islice(it.count(1.5, 0.5), 4)))
print(list(it.islice(it.cycle("ABC"), 8)))
print(list(it.repeat("x", 3)), list(zip(range(3), it.repeat(7))))
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.batched("ABCDEFG", 3)))
print(list(it.chain("abc", [1, 2], (3,))))
print(list(it.chain.from_iterable(["ab", "cd", "e"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
for key, grp in it.groupby("AAAABBBCCDAABBB"):
    print(key, list(grp))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda s: s[0])})
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.pairwise("ABCDE")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
a, b, c = it.tee(range(4), 3)
print(list(a), list(b), next(c), list(c))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(it.product("AB", "xy")), len(list(it.product(range(3), repeat=3))))
print(list(it.product([1, 2], repeat=2)))
print(list(it.permutations("ABC", 2)))
print(list(it.permutations(range(3))))
print(list(it.combinations("ABCD", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement("ABC", 2)))
# a small puzzle: which subsets of coins make 50?
coins = [5, 10, 20, 25, 15]
hits = [c for r in range(1, len(coins) + 1) for c in it.combinations(coins, r) if sum(c) == 50]
print(hits)
# running totals per group
sales = [("east", 10), ("east", 5), ("west", 7), ("west", 1), ("north", 3)]
for region, rows in it.groupby(sales, key=operator.itemgetter(0)):
    amounts = [amt for _, amt in rows]
    print(region, amounts, list(it.accumulate(amounts)))
print(type(it.count()), repr(it.count(5)), repr(it.repeat(1, 2)))
