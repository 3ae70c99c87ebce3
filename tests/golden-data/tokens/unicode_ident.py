café = 1
π = 3.14
日本 = '語'
ａ = 2  # fullwidth
