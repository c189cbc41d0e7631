# The exception being handled (sys.exc_info, bare raise) is the generator's or coroutine's own
# while it runs, and its caller's again when it suspends.
import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        print("inside after resume:", sys.exc_info()[0])
        yield 2
    print("after handler:", sys.exc_info()[0])
    yield 3
it = g()
next(it)
print("outside:", sys.exc_info()[0])
try:
    raise KeyError
except KeyError:
    next(it)
    print("outside in handler:", sys.exc_info()[0])
next(it)
print("outside end:", sys.exc_info()[0])

class Pause:
    def __await__(self):
        yield
async def c():
    try:
        raise ValueError("v")
    except ValueError:
        await Pause()
        raise
co = c()
co.send(None)
try:
    raise TypeError
except TypeError:
    pass
try:
    co.send(None)
except ValueError as e:
    print("reraised", repr(e))
