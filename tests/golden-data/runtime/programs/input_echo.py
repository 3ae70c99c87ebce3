name = input("Name? ")
age = int(input())
print(f"Hello {name}, next year you'll be {age + 1}")
try:
    input()
except EOFError as e:
    print("EOF", e)
