# throw() and close() on a suspended coroutine reach the awaitable it is waiting on
# first, as with yield from; cr_await shows that awaitable.


class Interruptible:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("awaitable handled", repr(e))
            return "recovered"
        finally:
            print("awaitable finally")


async def inner():
    result = await Interruptible()
    print("inner got", result)
    return result


async def outer():
    try:
        value = await inner()
        await Interruptible()
        return value
    except ValueError as e:
        print("outer caught", repr(e))
        return "from handler"


c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_running)
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("finished with", e.value)

c = outer()
c.send(None)
c.close()
print("closed; cr_await is", c.cr_await)


class Stubborn:
    def __await__(self):
        try:
            yield "first"
        except GeneratorExit:
            print("stubborn ignores exit")
        yield "again"


async def stubborn():
    await Stubborn()


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
