if x:
    \
    y
