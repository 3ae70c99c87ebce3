name = input("Name? ")
print(f"Hello, {name}!")
age = int(input())
print("next year:", age + 1)
rest = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    rest.append(line.strip())
print(rest)
