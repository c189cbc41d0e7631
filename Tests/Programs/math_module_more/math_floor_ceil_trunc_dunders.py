# math.floor/ceil/trunc use __floor__/__ceil__/__trunc__, fall back to __float__, and reject others.
import math
class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class ViaFloat:
    def __float__(self):
        return 2.5
print(math.floor(ViaFloat()), math.ceil(ViaFloat()))
try:
    math.trunc(ViaFloat())
except TypeError as e:
    print(type(e).__name__, e)
class ViaIndex:
    def __index__(self):
        return 4
print(math.floor(ViaIndex()), math.ceil(ViaIndex()))
for v in [2.5, -2.5, 0.0, -0.0, 1e300, -1e-300, 10**30, True, -7]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for v in [float("inf"), float("-inf"), float("nan")]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(v)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
for bad in ["1", None, 1j]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
class B(int):
    def __floor__(self):
        return "sub-floor"
print(math.floor(B(3)), math.ceil(B(3)))
class FF(float):
    def __ceil__(self):
        return "fl-ceil"
print(math.floor(FF(1.5)), math.ceil(FF(1.5)))
