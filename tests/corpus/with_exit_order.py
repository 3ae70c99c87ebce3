class Tracker:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Tracker.depth += 1
        print("  " * Tracker.depth + "open " + self.label)
        return self.label.upper()
    def __exit__(self, *exc):
        print("  " * Tracker.depth + "close " + self.label)
        Tracker.depth -= 1
with Tracker("outer") as o:
    with Tracker("inner") as i:
        print(o, i)
def early():
    with Tracker("fn"):
        for k in range(5):
            if k == 2:
                return k
print(early())
