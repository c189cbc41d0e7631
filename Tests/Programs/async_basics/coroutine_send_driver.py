# A small event loop in pure Python drives coroutines by hand with send(): tasks,
# sleeping on a virtual clock, futures resolved by other tasks, results and errors.
import heapq


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for task in self.waiters:
            loop.ready(task)

    def __await__(self):
        if not self.done:
            yield ("wait", self)
        return self.result


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.timers = []
        self.counter = 0
        self.log = []

    def ready(self, task):
        self.queue.append(task)

    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready(task)
        return task

    def run(self):
        while self.queue or self.timers:
            if not self.queue:
                self.now, _, task = heapq.heappop(self.timers)
                self.queue.append(task)
            task = self.queue.pop(0)
            task.step()


class Task:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.future = Future()

    def step(self):
        try:
            request = self.coro.send(None)
        except StopIteration as e:
            loop.log.append((loop.now, self.name, "returned", e.value))
            self.future.set_result(e.value)
            return
        except Exception as e:
            loop.log.append((loop.now, self.name, "raised", repr(e)))
            self.future.set_result(None)
            return
        kind, arg = request
        if kind == "sleep":
            loop.counter += 1
            heapq.heappush(loop.timers, (loop.now + arg, loop.counter, self))
        elif kind == "wait":
            arg.waiters.append(self)

    def __await__(self):
        return (yield from self.future.__await__())


loop = Loop()


async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        loop.log.append((loop.now, name, "woke"))
    return total


async def failing(delay):
    await Sleep(delay)
    raise ValueError("worker failed at %d" % loop.now)


async def main():
    a = loop.spawn(worker("a", [3, 1]), "a")
    b = loop.spawn(worker("b", [1, 1, 1]), "b")
    c = loop.spawn(failing(2), "c")
    ra = await a
    rb = await b
    await c
    return ra + rb


loop.spawn(main(), "main")
loop.run()
for entry in loop.log:
    print(entry)

# send() values into a coroutine that awaits a generator-based awaitable.
class Ask:
    def __await__(self):
        answer = yield "question"
        return answer


async def conversation():
    first = await Ask()
    second = await Ask()
    return first + second


coro = conversation()
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(32)
except StopIteration as e:
    print("result", e.value)
print(type(coro).__name__, coro.__name__, coro.__qualname__)
