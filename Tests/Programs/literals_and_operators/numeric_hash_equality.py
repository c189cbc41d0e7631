# Equal numbers hash equal: dict keys merge across int, float, bool and complex.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(0.5), hash(1.5), hash(-1.0), hash(1e100), hash(float("inf")), hash(float("-inf")))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "f", -0.0: "neg"}
print(d2)
print({1.5: 1}[1.5], {2: 0}.get(2.0), 2.0 in {2}, hash((1, 2)) == hash((1.0, 2.0)))
