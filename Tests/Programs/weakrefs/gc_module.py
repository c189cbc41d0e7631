# The gc module: collect() makes unreachable objects die (weak references cleared,
# callbacks run); the settings are kept.
import gc
from _weakref import ref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(len(gc.get_count()), gc.garbage, gc.get_debug())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))


class Node:
    def __init__(self):
        self.other = None


# A cycle is collected as a whole.
a, b = Node(), Node()
a.other, b.other = b, a
ra, rb = ref(a), ref(b)
del a, b
gc.collect()
print(ra(), rb())

# Objects only reachable from a dead container die with it.
holder = [Node() for _ in range(3)]
refs = [ref(n) for n in holder]
del holder
gc.collect()
print([r() for r in refs])

# An object that is still referenced survives any number of collections.
keep = Node()
rk = ref(keep)
for _ in range(3):
    gc.collect()
print(rk() is keep)

# gc.callbacks are told when a collection starts and stops.
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
gc.collect()
gc.callbacks.clear()
print(phases)

# Inside a function: the local dies once deleted.
def scope():
    local = Node()
    r = ref(local)
    del local
    gc.collect()
    return r()


print(scope())
