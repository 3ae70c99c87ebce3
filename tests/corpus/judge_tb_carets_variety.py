import sys
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

data = {'users': [{'name': 'a', 'tags': ['x']}]}
show(lambda: data['users'][0]['tags'][3])
show(lambda: data['users'][1])
show(lambda: data['groups'])
show(lambda: data['users'][0].name)
show(lambda: len(data['users'][0]['name']) + None)
show(lambda: 'abc' * 2.0)
show(lambda: [1, 2] @ [3])
show(lambda: (1).__add__)
nothing = None
show(lambda: nothing())
show(lambda: int('x') // 1)
sys.stdout.flush()

def compute(values):
    total = 0
    for v in values:
        total = total + values[v] * 2 - v ** 2 // (v - v)
    return total

compute({1: 2})
