import sys
def first():
    second()

def second():
    third(None)

def third(obj):
    return obj.attribute

print('start', file=sys.stderr)
first()
