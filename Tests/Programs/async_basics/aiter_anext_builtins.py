# aiter() and anext() (with and without a default), and next() on a coroutine's __await__ iterator.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield
async def agen():
    yield 1
    await Tick()
    yield 2
class Counter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Tick()
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, None), await anext(c, "d"))
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    print(type(anext(agen(), 1)).__name__)
run(main())
async def ret():
    await Tick()
    return 42
it = ret().__await__()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
