big = 1 << 70
print(big, big >> 3, big >> 70, big >> 80)
print(big | 1, big & (big - 1), big ^ (big + 5))
print(-big >> 2, ~big)
print(big // 3, big % 3, -big // 3, -big % 3)
print(divmod(big, -7))
print(pow(3, 100, 1000007))
print(abs(-big) == big)
print(big > 2 ** 69, big == 2 ** 70, big != 0)
