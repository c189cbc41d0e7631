# User __hash__: __eq__ without __hash__ makes instances unhashable; inheritance; big and -1 results; hash() coercion.
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Both(EqOnly):
    def __hash__(self):
        return 42
class Child(Both):
    pass
class Big:
    def __hash__(self):
        return 2**64 + 5
class MinusOne:
    def __hash__(self):
        return -1
class Sub(int):
    pass
class ReturnsSub:
    def __hash__(self):
        return Sub(7)
print(hash(Both()), hash(Child()), hash(Big()), hash(MinusOne()), hash(ReturnsSub()), hash(Sub(-1)))
class BadHash:
    def __hash__(self):
        return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(len({Both(), Both()}), len({Child(), Both()}), {Big(): 1}.popitem()[1])
class NoneHash:
    __hash__ = None
try:
    {NoneHash()}
except TypeError as e:
    print(type(e).__name__, e)
