first = 10
second = "20"
total = first + second
