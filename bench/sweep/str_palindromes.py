# Slicing and indexing: palindromic substrings by expanding around centres, reversed slices.
def longest_pal(s):
    best = ""
    n = len(s)
    for c in range(2 * n - 1):
        lo = c // 2
        hi = lo + c % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

base = "abacdfgdcabaracecarxyzzyxlevelmadamimadam"
total = 0
found = []
for k in range(60):
    s = base[k % 7:] + base[:k % 7] + base[::-1]
    p = longest_pal(s)
    found.append(p)
    total += len(p)
    total += sum(1 for i in range(len(s) - 3) if s[i:i + 3] == s[i:i + 3][::-1])
print(total, found[:3])
