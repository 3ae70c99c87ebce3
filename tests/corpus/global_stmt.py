counter = 0
def bump():
    global counter
    counter += 1
def make_new():
    global created
    created = "yes"
bump(); bump()
print(counter)
make_new()
print(created)
def reads_only():
    return counter * 10
print(reads_only())
def local_shadow():
    counter = -1
    return counter
print(local_shadow(), counter)
