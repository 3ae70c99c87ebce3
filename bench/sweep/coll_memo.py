# recursion with memo dicts
memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key in memo:
        return memo[key]
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = r
    return r
def lcs(a, b):
    m = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        k = (i, j)
        if k not in m:
            if a[i] == b[j]:
                m[k] = 1 + go(i + 1, j + 1)
            else:
                m[k] = max(go(i + 1, j), go(i, j + 1))
        return m[k]
    return go(0, 0)
print(ways(600, [1, 2, 5, 10, 20, 50, 100, 200]), lcs("ACGTTGCAAGTC" * 8, "TGCATGCAGTCA" * 8))
