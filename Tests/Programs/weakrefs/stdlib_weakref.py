# The stdlib weakref module over _weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet,
# WeakMethod and finalize (including finalizers run at exit through atexit).
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


items = [Item(i) for i in range(5)]
values = weakref.WeakValueDictionary()
for it in items:
    values[it.n] = it
del it
print(len(values), sorted(values.keys()))
del items[1:3]
gc.collect()
print(len(values), sorted(values.keys()), values.get(1), values[0])

keys = weakref.WeakKeyDictionary()
for it in items:
    keys[it] = it.n * 10
del it
del items[-1]
gc.collect()
print(len(keys), sorted(keys.values()), items[0] in keys)

members = weakref.WeakSet(items)
extra = Item(99)
members.add(extra)
print(len(members), extra in members)
del extra
gc.collect()
print(len(members), sorted(m.n for m in members))


def on_finalize(name):
    print("finalized", name)


obj = Item(5)
f = weakref.finalize(obj, on_finalize, "obj")
print(f.alive, f.peek()[2:])
del obj
gc.collect()
print(f.alive)
other = Item(6)
f2 = weakref.finalize(other, on_finalize, "other")
print(f2(), f2(), f2.alive)


class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
wm = weakref.WeakMethod(g.hello)
print(wm()(), isinstance(wm, weakref.ref))
del g
gc.collect()
print(wm())
p = weakref.proxy(items[0])
print(p.n, weakref.getweakrefcount(items[0]) >= 1)

# Still alive at exit: the finalizer runs then.
survivor = Item(7)
weakref.finalize(survivor, on_finalize, "survivor at exit")
print("end of program")
