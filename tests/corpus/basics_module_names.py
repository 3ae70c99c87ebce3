greeting = "hi"
count = 3
print(__name__)
print(greeting * count)
count = count + 1
print(count)
print(type(__builtins__).__name__)
