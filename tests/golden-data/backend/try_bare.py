try:
    x = 1 / 0
except:
    x = None
