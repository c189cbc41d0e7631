# startswith/endswith with tuples, start/end, empty prefixes and type errors.
s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("lo", 3, 5), s.startswith(("x", "he")))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("x", "y")), s.endswith("", 20), s.startswith("", 11))
print(s.startswith("", 12), s.endswith("d", -1), s.startswith("w", -5), s.endswith(()), "".startswith(""))
for bad in (1, ["h"], ("h", 1)):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(None)
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".startswith(b"a"), b"abc".endswith((b"c", b"x")), bytearray(b"abc").startswith(b"ab"))
