# async with (awaited __aenter__/__aexit__, suppression, return/break through it) and
# async for (__aiter__/__anext__, StopAsyncIteration ends the loop, else clause, break).


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def with_demo():
    async with Manager("a") as value:
        print("body", value)
    async with Manager("b", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Manager("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async with Manager("d") as d, Manager("e") as e:
        print("nested", d, e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return await returns_inside()


async def returns_inside():
    async with Manager("r"):
        return "returned"


print(run(with_demo()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def for_demo():
    seen = []
    async for x in Countdown(4):
        seen.append(x)
    else:
        seen.append("else")
    async for x in Countdown(5):
        if x == 2:
            break
        if x == 3:
            continue
        seen.append(x)
    else:
        seen.append("not reached")
    async for a in Countdown(2):
        async for b in Countdown(2):
            seen.append((a, b))
    return seen


print(run(for_demo()))


class Raising:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise RuntimeError("from __anext__")


async def raising_demo():
    try:
        async for x in Raising():
            pass
    except RuntimeError as e:
        return "caught " + str(e)


print(run(raising_demo()))
