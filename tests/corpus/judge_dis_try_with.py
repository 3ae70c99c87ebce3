import dis

def guarded(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError as err:
        return str(err)
    finally:
        print('done')

def comp(xs):
    return {x: [y for y in range(x)] for x in xs if x}

dis.dis(guarded)
print('===')
dis.dis(comp)
print(dis.code_info(comp))
