# User __hash__ rules: __eq__ without __hash__ makes the class unhashable, bad __hash__ results.
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), type(hash(p)).__name__)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class EqHash(EqOnly):
    def __hash__(self):
        return 7
print(hash(EqHash()))
class Big:
    def __hash__(self):
        return 2**100
print(hash(Big()) == hash(2**100))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self):
        return 1.0
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class IntSub(int):
    pass
class SubHash:
    def __hash__(self):
        return IntSub(12)
print(hash(SubHash()), type(hash(SubHash())).__name__)
class NoneHash:
    __hash__ = None
try:
    hash(NoneHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoneHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __hash__(self):
        raise KeyError("inside hash")
try:
    {Raises()}
except KeyError as e:
    print(type(e).__name__, e)
class Parent:
    def __hash__(self):
        return 3
class Child(Parent):
    def __eq__(self, o):
        return False
try:
    print(hash(Child()))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(len) == hash(len), hash(None) == hash(None), hash(int) == hash(int))
