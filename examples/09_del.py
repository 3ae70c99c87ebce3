# __del__: an object is freed the moment its last reference goes away
# Mechanism: deallocation / finalizers
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)

r = Resource("first")
r = Resource("second")   # "first" loses its only reference here
print("rebound")
del r
print("done")
