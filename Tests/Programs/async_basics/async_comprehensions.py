# Async comprehensions: async for clauses, await in elements and conditions, nested
# clauses mixing async and sync, async generator expressions, all four kinds.


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "tick"
        return self.v


async def agen(n):
    for i in range(n):
        yield i


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 == 0])
    print([await Value(x * 10) for x in range(3)])
    print([x for x in range(5) if await Value(x % 2)])
    print([(i, j) async for i in agen(2) for j in range(2)])
    print([(i, j) for i in range(2) async for j in agen(2)])
    print([[j async for j in agen(i)] async for i in agen(3)])
    doubled = (x * 2 async for x in agen(3))
    print(type(doubled).__name__)
    print([y async for y in doubled])
    awaited = (await Value(x) for x in range(3))
    print([y async for y in awaited])
    total = 0
    async for v in (x async for x in agen(5) if x > 2):
        total += v
    print(total)


run(main())
