def parse(text):
    return int(text)
def load(items):
    return [parse(t) for t in items]
def main():
    values = load(["1", "2", "three"])
    print(values)
main()
