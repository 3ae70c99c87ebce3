import sys
print(sys.getrefcount(None))
print(sys.getrefcount(True), sys.getrefcount(False))
print(sys.getrefcount(0), sys.getrefcount(1), sys.getrefcount(256))
print(sys.getrefcount(()))
print(sys.getrefcount(""))
big = 10 ** 30
print(sys.getrefcount(big))
