def nothing():
    pass
class Empty:
    pass
print(nothing())
print(Empty.__name__)
if True:
    pass
for i in range(2):
    pass
print(i)
while False:
    pass
"""A bare string statement"""
42
print("done")
