try:
    pass
except E as e:
    e = 1
