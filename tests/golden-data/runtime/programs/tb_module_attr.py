import sys
print(sys.getrefcont)
