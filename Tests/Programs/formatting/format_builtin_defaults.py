# format() with an empty spec equals str() for every built-in type; repr vs str for floats.
objs = [0, -5, 2**100, 1.5, 1e16, 1e-7, -0.0, 1j, True, None, "s", b"b", [1], (1,), {1: 2}, {1}, range(3), Ellipsis]
print(all(format(o) == str(o) for o in objs), all(format(o, "") == str(o) for o in objs))
print([format(o) for o in objs])
print(format(1e16, ""), format(1e16, "g"), format(1.0, ""), format(1.0, "g"), format(12345678.9, ""), format(0.1, "n"))
print(format(10**16 + 0.0), str(10**16 + 0.0), format(1e-5), format(1e-5, "g"))
try:
    format(1, "", "extra")
except TypeError as e:
    print(type(e).__name__, e)
