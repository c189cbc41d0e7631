# dict preserves insertion order; re-setting keeps position; equal keys 1/1.0/True collapse.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 4
print(list(d), d)
del d["a"]
d["a"] = 5
print(list(d.items()))
e = {1: "int", 1.0: "float", True: "bool"}
print(e, {0: "a", False: "b", 0.0: "c", -0.0: "d"}, {(1, 2): 1, (1.0, 2.0): 2})
print({"b": 1, "a": 2}, {1j: 1, 0j: 2}, {None: 0, ...: 1, frozenset(): 2})
nan = float("nan")
f = {nan: 1}
f[nan] = 2
f[float("nan")] = 3
print(len(f))
print({k: v for k, v in zip("abc", range(3)) if v != 1}, {x % 3: x for x in range(10)})
