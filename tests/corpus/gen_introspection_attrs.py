# Generator and coroutine introspection: gi_/cr_ attributes through a generator's life (running,
# suspended, yieldfrom/await delegates, frame locals), GeneratorExit on close, and dis of a
# generator with a try/except.
import dis, gc, types

def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except GeneratorExit:
        print("exit!")
        raise

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lasti, g.gi_code.co_flags & 0x20, g.gi_yieldfrom)
next(g)
print(g.gi_suspended, g.gi_frame.f_locals)
g.send("hi")
del g
gc.collect()

def sub():
    yield 'a'
    return 'r'

def dele():
    r = yield from sub()
    yield r

d = dele()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__, list(d), d.gi_yieldfrom, d.gi_frame)

async def c():
    pass

co = c()
print(co.cr_running, co.cr_frame is not None, co.cr_await, co.cr_code.co_name, co.cr_origin, co.cr_suspended)
co.close()

@types.coroutine
def legacy():
    yield 5

print(type(legacy()).__name__, legacy.__code__.co_flags & 0x100 != 0)
dis.dis(gen)
