for i in x:
    pass
del i
