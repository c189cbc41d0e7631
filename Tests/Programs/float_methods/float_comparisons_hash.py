# float comparisons with ints/huge ints and hash consistency between equal numbers.
import sys
vals = [0.0, -0.0, 1.0, 0.5, -0.5, 1e100, 2.0**64, float("inf"), float("-inf"), 1e-300, 3.14]
print([hash(v) for v in vals])
print(hash(1.0) == hash(1), hash(2.0**64) == hash(2**64), hash(0.5), hash(float("nan")) == hash(float("nan")))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(2**1000 < float("inf"), 2.0**1000 == 2**1000, 2.0**1000 < 2**1000 + 1, 0.1 < 1/10, 0.1 == 1/10)
print(float("nan") in [float("nan")], (x := float("nan")) in [x], {0.0: "a", -0.0: "b"})
print(sorted([3.5, -1.0, 2, -0.0, 0, 1e-10]), max(-0.0, 0.0), min(0.0, -0.0))
