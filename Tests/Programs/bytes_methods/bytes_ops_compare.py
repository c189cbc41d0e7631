# bytes +, *, comparisons, hashing and mixing with str/bytearray/memoryview.
a, b = b"abc", b"abd"
print(a + b, a * 2, 0 * a, a < b, a <= a, b"" < b"\x00", b"\xff" > b"a", a == bytearray(a), a == memoryview(a))
print(a == "abc", sorted([b"b", b"a", b"ab", b""]), max(b"xyz"), min(b"xyz"), sum(b"\x01\x02"))
for f in (lambda: a + "x", lambda: "x" + a, lambda: a < "abc", lambda: a + 1, lambda: a * 1.5):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(a + memoryview(b"!"), a + bytearray(b"?"), bytearray(b"q") * 2, type(bytearray(b"q") * 2).__name__)
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))), len({b"a", bytes([97])}))
