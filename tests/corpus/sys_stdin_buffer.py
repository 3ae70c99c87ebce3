import sys
input = sys.stdin.buffer.readline
n, k = map(int, input().split())
arr = list(map(int, input().split()))
data = sys.stdin.buffer.read().split()
print(n, k, sum(arr[:k]), data, len(data))
print(sys.stdin.buffer.read(), sys.stdin.read())
