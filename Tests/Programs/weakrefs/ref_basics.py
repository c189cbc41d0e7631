# weakref.ref: calling gives the referent while it lives, None after a collection.
import gc
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


a = Node("a")
r = ref(a)
print(r() is a, r(), type(r) is ReferenceType, ref is ReferenceType)
# The plain ref is shared; one with a callback is not.
print(ref(a) is r, ref(a, None) is r, ref(a, print) is r)
gc.collect()  # the ref with a callback is garbage now
print(getweakrefcount(a), len(getweakrefs(a)), getweakrefs(a)[0] is r)
print(a.__weakref__ is r, type(Node.__dict__["__weakref__"]).__name__, r.__callback__)
del a
gc.collect()
print(r(), getweakrefcount(r))
print(repr(r).startswith("<weakref at 0x"), repr(r).endswith("; dead>"))

# Hashing is the referent's, cached; equality compares referents while both live.
x, y = Node("x"), Node("y")
rx, ry = ref(x), ref(y)
print(rx == ry, rx != ry, rx == ref(x), hash(rx) == hash(x))
k1, k2 = (1, 2), (1, 2)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


p, q = Key(3), Key(3)
rp, rq = ref(p), ref(q)
print(rp == rq, rp is rq, hash(rp) == hash(3), {rp: "p"}[rq])
del p
gc.collect()
print(rp() is None, rp == rq, rp == rp, rp != rq, hash(rp) == hash(3))
dead = ref(Node("tmp"))
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

# What may be weakly referenced.
def function():
    pass


def generator():
    yield 1


class Sub(list):
    pass


for obj in (function, Node, {1}, frozenset(), generator(), len, Node("m").__repr__, gc, Sub()):
    print(type(ref(obj)()).__name__, end=" ")
print()
for obj in (1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), range(3), ValueError()):
    try:
        ref(obj)
    except TypeError as e:
        print(e)

# Subclasses keep their own attributes and never share the plain ref.
class TaggedRef(ref):
    def __new__(cls, obj, callback=None, tag=None):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag


n = Node("n")
plain = ref(n)
t = TaggedRef(n, None, "first")
print(t.tag, t() is n, t is plain, t == plain, isinstance(t, ReferenceType), getweakrefcount(n))
print(getweakrefs(n) == [plain, t])
del n
gc.collect()
print(t(), t.tag)
