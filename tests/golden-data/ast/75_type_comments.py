import os  # type: ignore
x = []  # type: List[int]
y = 1 # type:  int  
for a in b:  # type: str
    pass
with c as d:  # type: IO[str]
    pass
def f(a,  # type: int
      b=1,  # type: str
      *args,  # type: bytes
      **kw  # type: float
      ):
    # type: (...) -> None
    pass
def g(a):  # type: (int) -> int
    return a  # type: ignore[no-any-return]
async def h():  # type: () -> None
    async for q in r:  # type: int
        pass
z = [  # type: ignore
    1,
]
