# An exception escaping asyncio.run: the traceback passes through asyncio's own frames
# (runners.py, base_events.py) between the program's frames.
import asyncio

async def inner():
    raise ValueError("x")

async def main():
    await asyncio.gather(inner())

asyncio.run(main())
