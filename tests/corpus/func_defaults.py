def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2))
def safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe(1), safe(2))
print(greet.__defaults__, greet.__name__)
