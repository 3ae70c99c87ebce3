# Runtime warnings the interpreter itself raises: a coroutine freed before it ever ran
# (RuntimeWarning, imports the warnings module), the deprecated 3-argument gen.throw(), and
# one freed at shutdown (attributed to "sys:1").
import sys

async def job():
    return 1

job()
print("warnings imported:", "warnings" in sys.modules)

def drop_inside():
    c = job()
drop_inside()

held = job()
del held

def gen():
    try:
        yield 1
    except ValueError as e:
        yield "got " + str(e)

g = gen()
next(g)
print(g.throw(ValueError, ValueError("boom"), None))
print(g.throw(ValueError("single")) if False else "single-arg form is silent")

c = job()
c.close()
print("closed before running: no warning")
survivor = job()
print("end of program")
