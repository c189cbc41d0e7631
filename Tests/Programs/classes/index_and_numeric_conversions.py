# __index__, __int__, __float__, __complex__, __round__, __trunc__ conversions.
import math
class Idx:
    def __index__(self):
        return 2
i = Idx()
print([10, 20, 30][i], "abcd"[i:], bin(i), hex(i), range(i), [0] * i, operator_index := i.__index__())
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return 9
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError", e)
