# format(x, '') equals str(x) for every built-in type; non-empty specs on types without __format__.
vals = [1, -1.5, 1e100, 2j, "s", b"b", bytearray(b"ba"), None, True, [1], (1,), {1: 2}, {1}, frozenset(), range(3),
        slice(1, 2), ..., NotImplemented, len, int, object()]
for v in vals:
    same = format(v, "") == str(v)
    try:
        wide = format(v, ">30")
    except TypeError as e:
        wide = "!TypeError " + str(e).replace(hex(id(v)), "ID")
    print(type(v).__name__, same, wide if "object at" not in wide else "object-repr")
print(format(2j, ">8"), format(1 + 2j, ".1f"), format(-1j, "+"), format(complex(1.5, -2), "^20.2e"))
for v, s in [(None, "s"), ([], "s"), (b"x", "s"), (3j, "d"), (3j, "="), (3j, "05")]:
    try:
        print(format(v, s))
    except (TypeError, ValueError) as e:
        print(type(v).__name__, repr(s), type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
