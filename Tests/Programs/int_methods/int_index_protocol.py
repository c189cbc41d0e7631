# operator.index and __index__ in slicing, bin/hex, range, and bad __index__ results.
import operator
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(operator.index(5), operator.index(True), operator.index(Idx(3)))
print([0, 1, 2, 3, 4][Idx(1):Idx(4)], "abcdef"[Idx(-2)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), (10).to_bytes(Idx(2), "big"), [1, 2] * Idx(2))
for bad in (1.5, "3", None, Idx("x"), Idx(2.0)):
    try:
        operator.index(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Big:
    def __index__(self):
        return 2**100
print(operator.index(Big()) == 2**100, hex(Big()))
