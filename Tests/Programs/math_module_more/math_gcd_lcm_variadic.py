# math.gcd and math.lcm with zero, one, many, negative and big arguments.
import math
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3), math.gcd(10**30, 10**20 + 5), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, -6), math.lcm(4, 0), math.lcm(2, 3, 4))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40, math.lcm(*range(1, 21)))
for fn in (math.gcd, math.lcm):
    for args in [(1.0, 2), ("4", 2), (4, None), (2, 2.5)]:
        try:
            fn(*args)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
class Ix:
    def __index__(self):
        return 30
print(math.gcd(Ix(), 12), math.lcm(Ix(), 4), type(math.gcd(True, True)).__name__)
