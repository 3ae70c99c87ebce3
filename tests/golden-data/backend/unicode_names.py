café = 1
π = 3.14
x = café + π
