# callable(), getattr with default, hasattr swallowing only AttributeError, setattr/delattr errors.
class A:
    def __call__(self):
        return 1
class B:
    pass
print(callable(A()), callable(B()), callable(A), callable(len), callable(1), callable(None), callable(B().__init__))
class Prop:
    @property
    def boom(self):
        raise ValueError("boom")
    @property
    def attr(self):
        raise AttributeError("missing inside")
p = Prop()
try:
    hasattr(p, "boom")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(p, "attr"), getattr(p, "attr", "dflt"), getattr(p, "nope", None))
for args in [(p, 5), (p, 5, 1), (p,)]:
    try:
        getattr(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(B(), 5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(B(), "x")
except AttributeError as e:
    print(type(e).__name__, e)
b = B()
setattr(b, "not an identifier", 1)
print(getattr(b, "not an identifier"), vars(b))
setattr(b, "x", 1)
delattr(b, "x")
print(hasattr(b, "x"))
try:
    getattr(b, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
setattr(b, S("y"), 5)
print(b.y, type(list(vars(b))[-1]).__name__)
