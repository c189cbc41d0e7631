# Async generators: async for over them, asend/athrow/aclose, values sent in, cleanup,
# await inside, and the awaitables' protocol driven by hand.


class Tick:
    def __await__(self):
        return (yield "tick")


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def numbers(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        print("numbers cleanup")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        yield "handled " + str(e)
    finally:
        print("echo saw", received)


async def main():
    print([x async for x in numbers(3)])
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("oops")))
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g = numbers(5)
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    print(type(g).__name__, g.__name__, g.ag_running)


run(main())

# Driving the awaitables by hand: the generator's own yield completes asend with
# StopIteration(value); values from an inner await are passed through.
g = numbers(2)
step = g.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("anext result", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
closing = g.aclose()
try:
    closing.send(None)
except StopIteration:
    print("closed by hand")


async def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def refuse_demo():
    g = refuses()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)


run(refuse_demo())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def stop_demo():
    try:
        async for x in raises_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)


run(stop_demo())
