print("waiting")
try:
    value = input("> ")
except EOFError as e:
    print("no input:", repr(e))
input()
