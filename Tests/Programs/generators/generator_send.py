# send() resumes a generator with a value; the first send must be None.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError", e)
print(g.send(None))
print(g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
def running():
    x = yield "first"
    y = yield x * 2
    yield x + y
r = running()
print(next(r), r.send(5), r.send(100))
