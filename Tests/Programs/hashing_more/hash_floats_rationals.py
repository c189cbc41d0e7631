# hash() of floats equals the hash of the equal int; inf hashes to sys.hash_info.inf.
import sys
for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0**61, 2.0**62, 1e100, -1e100, 1e-300,
          5e-324, 1.7976931348623157e308, 0.1, 3.141592653589793, float("inf"), float("-inf")]:
    print(repr(x), hash(x))
print(hash(2.0**100) == hash(2**100), hash(1e20) == hash(10**20))
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}.get(nan), {float("nan"): 1}.get(float("nan")))
print(type(hash(nan)).__name__)
class F(float):
    pass
print(hash(F(2.5)) == hash(2.5))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, -0.0, False}
print(s)
