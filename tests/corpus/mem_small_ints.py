a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d)
def make(n):
    return n + 0
print(make(100) is make(100), make(1000) is make(1000))
x = int("42")
y = 40 + 2
print(x is y)
big1 = int("1000")
big2 = int("1000")
print(big1 is big2, big1 == big2)
neg1 = int("-5")
neg2 = -5
print(neg1 is neg2, int("-6") is int("-6"))
