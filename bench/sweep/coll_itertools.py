# itertools: product/permutations/combinations/chain/accumulate/groupby/islice/count/cycle/zip_longest
import itertools as it
acc = 0
for a, b, c in it.product(range(20), range(20), range(20)):
    if a + b == c:
        acc += 1
for p in it.permutations(range(7)):
    if p[0] < p[-1]:
        acc += p[1]
for cmb in it.combinations(range(22), 3):
    acc += cmb[2] - cmb[0]
acc += sum(it.chain(range(1000), [5, 6], (x for x in range(100))))
acc += list(it.accumulate(range(2000)))[-1]
runs = [(k, len(list(g))) for k, g in it.groupby(sorted((i * 7) % 30 for i in range(6000)))]
acc += len(runs) + runs[3][1]
acc += sum(it.islice(it.count(5, 3), 1000))
cyc = it.cycle("abc")
acc += sum(1 for _, ch in zip(range(5000), cyc) if ch == "b")
acc += sum(1 for x, y in it.zip_longest(range(300), range(200), fillvalue=0) if y == 0)
print(acc)
