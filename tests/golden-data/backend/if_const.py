if 0:
    y()
if 1:
    z()
while 0:
    w()
