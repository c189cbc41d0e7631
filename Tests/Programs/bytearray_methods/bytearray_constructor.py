# bytearray() constructor forms and in-place ops, plus hash/equality behaviour.
print(bytearray(), bytearray(4), bytearray(b"xy"), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
print(bytearray(memoryview(b"abc")[1:]), bytearray(bytearray(b"copy")))
for args in (("s",), (-2,), ([300],), (1.0,), ("s", "nope")):
    try:
        bytearray(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
a = bytearray(b"abc")
b = a
a += b"d"
print(a, b, a is b, a == b"abcd", bytearray(b"x") < b"y")
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(a.decode(), a.upper(), a.hex(), a.isalpha(), a.split(b"b"), type(a.split(b"b")[0]).__name__)
