class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        count += 1
try:
    Counter().bump()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class A:
    def __init__(self):
        self.value = 1
    def show(self):
        return value
A().show()
