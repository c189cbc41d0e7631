# TypeErrors and RuntimeErrors of the await, async for and async with protocols.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def await_it(x):
    return await x


class ReturnsInt:
    def __await__(self):
        return 5


class ReturnsList:
    def __await__(self):
        return [1]


for obj in [1, "text", None, ReturnsInt(), ReturnsList()]:
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)


async def for_it(x):
    async for _ in x:
        pass


class AiterReturnsInt:
    def __aiter__(self):
        return 1


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


for obj in [[1, 2], AiterReturnsInt(), AnextReturnsInt()]:
    try:
        run(for_it(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))


async def with_it(x):
    async with x:
        pass


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return 1


for obj in [1, OnlyEnter(), SyncEnter(), SyncExit()]:
    try:
        run(with_it(obj))
    except TypeError as e:
        print("TypeError:", e)


class Suspend:
    def __await__(self):
        yield


async def waiter():
    await Suspend()


first = waiter()
first.send(None)
try:
    run(await_it(first))
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(first.cr_await).__name__)
first.close()
print(first.cr_await)

done = waiter()
run(done)
for attempt in range(2):
    try:
        done.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

fresh = waiter()
try:
    fresh.send("value")
except TypeError as e:
    print("TypeError:", e)
fresh.close()


async def raises_stop_iteration():
    raise StopIteration("leaked")


try:
    run(raises_stop_iteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def plain_generator():
    yield from fresh


try:
    list(plain_generator())
except TypeError as e:
    print("TypeError:", e)
