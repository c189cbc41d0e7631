# math.trunc/floor/ceil and int() on floats, __floor__/__ceil__/__trunc__ dunders.
import math
for v in (2.5, -2.5, 0.0, -0.0, 1e20, -1e-20, 3.999999999999999, 2.0**60 + 0.5):
    print(v, math.trunc(v), math.floor(v), math.ceil(v), int(v), v.__trunc__(), v.__floor__(), v.__ceil__())
for v in (float("inf"), float("nan")):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.floor(5), math.ceil(-5), math.trunc(True), type(math.floor(2.5)).__name__)
class X:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
print(math.floor(X()), math.ceil(X()))
try:
    math.floor("1")
except TypeError as e:
    print(type(e).__name__, e)
