def boom(n):
    return 10 // n

value = boom(0)
