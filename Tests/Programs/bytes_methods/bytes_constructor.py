# bytes() from ints, iterables, str+encoding, buffers and __bytes__, with errors.
print(bytes(), bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes((x for x in (1, 2))), bytes(b"lit"))
class B:
    def __bytes__(self):
        return b"dunder"
class Bad:
    def __bytes__(self):
        return "no"
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Idx()), bytes([Idx()]))
for args in (("abc",), (-1,), ([256],), ([-1],), (["a"],), (1.5,), (b"x", "utf-8"), ("é", "ascii"), (None,), (Bad(),), ("a", "nope")):
    try:
        print(bytes(*args))
    except (TypeError, ValueError, UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytearray.fromhex("00ff"))
for s in ("0", "zz", "0 0", "a\n"):
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
