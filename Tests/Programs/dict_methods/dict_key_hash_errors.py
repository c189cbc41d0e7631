# dict keys: unhashable key errors, user __hash__/__eq__, and a key whose __eq__ raises.
for k in ([1], {}, {1}, bytearray(b"x")):
    try:
        {k: 1}
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): "a", K(2): "b", K(1): "c"}
print(d, K(2) in d, K(3) in d)
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError("eq boom")
d2 = {Boom(): 1}
try:
    d2[Boom()]
except RuntimeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        raise ValueError("hash boom")
try:
    {H(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {1: 1}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
