# generators and generator expressions feeding builtins
def primes(limit):
    sieve = [True] * limit
    for p in range(2, limit):
        if sieve[p]:
            yield p
            for m in range(p * p, limit, p):
                sieve[m] = False
def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
ps = list(primes(60000))
acc = sum(p % 10 for p in ps)
acc += max(sum(w) for w in windows(ps[:3000], 5))
acc += sum(1 for x in (p * p for p in ps) if x % 4 == 1)
acc += len(set(p % 100 for p in ps))
gen = (i for i in range(100000))
acc += sum(x for x in gen if x % 7 == 0)
print(len(ps), acc)
