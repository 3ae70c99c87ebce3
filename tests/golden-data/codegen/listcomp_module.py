r = [x * 2 for x in y if x]
