# Weak reference callbacks run once the referent is collected, with the dead ref.
import gc
from _weakref import ref

log = []


class Resource:
    def __init__(self, name):
        self.name = name


def make_callback(label):
    def callback(r):
        log.append((label, r() is None))
    return callback


res = Resource("r")
first = ref(res, make_callback("first"))
second = ref(res, make_callback("second"))
print(first.__callback__.__name__, first is second)
del res
gc.collect()
# Later refs come first, as in CPython's list of weak references.
print(log)
print(first.__callback__, second())

# The callback receives the very ref object, which may carry state (a subclass).
class Named(ref):
    pass


seen = []
obj = Resource("o")
named = Named(obj, lambda r: seen.append(r is named))
named.label = "mine"
del obj
gc.collect()
print(seen, named.label)

# A ref that dies with its referent does not call back.
calls = []
obj = Resource("gone")
doomed = ref(obj, lambda r: calls.append("called"))
del doomed
del obj
gc.collect()
print(calls)

# A callback that raises is reported and ignored.
def failing(r):
    raise ValueError("callback failed")


obj = Resource("err")
keep = ref(obj, failing)
del obj
gc.collect()
print("still running", keep())

# Callbacks may create objects and weak references themselves.
chain = []


def again(r):
    nxt = Resource("next")
    chain.append(ref(nxt))
    chain.append(nxt)


obj = Resource("first")
holder = ref(obj, again)
del obj
gc.collect()
print(len(chain), chain[0]() is chain[1])

# Many referents dying at once: every callback runs.
count = []
objs = [Resource(i) for i in range(100)]
refs = [ref(o, lambda r: count.append(1)) for o in objs]
del objs
gc.collect()
print(len(count), sum(1 for r in refs if r() is None))
