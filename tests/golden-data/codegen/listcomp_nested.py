r = [(x, z) for x in a for z in b if x != z]
