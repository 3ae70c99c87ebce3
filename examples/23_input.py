# input(): the program waits for a line from the console (you can pause it while it waits)
# Mechanism: stdin / blocking calls
name = input("Your name? ")
times = int(input("How many greetings? "))
for i in range(times):
    print(f"{i + 1}: hello, {name}")
