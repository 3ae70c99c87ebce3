# asyncio's event loop end to end: asyncio.run, gather, tasks, wait_for timeouts, queues,
# async generators and context managers, locks/events/semaphores, cancellation, TaskGroup with
# except*, asyncio.timeout, futures, to_thread, wait/as_completed, and contextvars across tasks.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')


async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()


async def show(tag):
    await asyncio.sleep(0)
    print(tag, request.get())


async def child(n):
    request.set(f'child{n}')
    await show(f'c{n}')


async def boom(n):
    raise ValueError(n)


async def basics():
    out = []
    res = await asyncio.gather(worker("a", 0.03, out), worker("b", 0.015, out), worker("c", 0, out))
    print(res, out)
    t = asyncio.create_task(worker("d", 0, out), name="dee")
    print(await t, t.done(), t.result(), t.get_name())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)

    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def cons():
        items = []
        while (x := await q.get()) is not None:
            items.append(x)
        return items
    _, items = await asyncio.gather(prod(), cons())
    print("queue", items, q.empty())

    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])

    class ACM:
        async def __aenter__(self):
            print("enter")
            return self
        async def __aexit__(self, *a):
            print("exit", a[0])
            return True
    async with ACM():
        raise KeyError(1)
    print("after")

    r = await asyncio.gather(boom(0), worker("e", 0, out), return_exceptions=True)
    print(r)


async def sync_primitives():
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    ev = asyncio.Event()
    async def setter():
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event", ev.is_set())
    sem = asyncio.Semaphore(2)
    order = []
    async def limited(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("sem", order)
    tk = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    tk.cancel()
    try:
        await tk
    except asyncio.CancelledError:
        print("cancelled", tk.cancelled(), tk.done())


async def groups():
    request.set('main')
    await asyncio.gather(child(1), child(2))
    await show('m')
    t = asyncio.current_task()
    print(t.get_name(), type(t).__name__, len(asyncio.all_tasks()))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, result='A'))
        b = tg.create_task(asyncio.sleep(0, result='B'))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out")


async def futures():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), repr(fut))
    loop.call_soon(fut.set_result, 7)
    print(await fut, repr(fut))
    f2 = loop.create_future()
    f2.set_exception(KeyError('k'))
    try:
        await f2
    except KeyError as e:
        print("future raised", repr(e))
    calls = []
    loop.call_later(0.01, calls.append, 'later')
    loop.call_soon(calls.append, 'soon')
    await asyncio.sleep(0.02)
    print(calls)
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print("thread", r)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    for coro in asyncio.as_completed([asyncio.sleep(0.03, 'slow'), asyncio.sleep(0.0, 'fast')]):
        print(await coro)
    print(asyncio.iscoroutinefunction(futures), asyncio.iscoroutine(basics()) if False else None)


async def main():
    await basics()
    await sync_primitives()
    await groups()
    await futures()
    return 42


ctx = contextvars.copy_context()
print(ctx.get(request), request.get(), len(ctx))
tok = request.set('x')
print(request.get(), tok.var is request, tok.old_value)
request.reset(tok)
print(request.get(), request.name)
print(asyncio.run(main()))
print(request.get())


async def simple():
    return 1
co = simple()
print(type(co).__name__, co.__name__)
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
