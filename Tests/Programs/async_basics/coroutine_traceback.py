# An uncaught exception raised inside nested coroutines ends the program with a traceback
# through the awaits.


class Pause:
    def __await__(self):
        yield


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    return [await parse(t) for t in items]


def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


print(drive(load(["1", "2"])))
drive(load(["3", "four"]))
