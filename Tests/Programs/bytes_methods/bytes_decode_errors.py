# bytes.decode with every error handler and the UnicodeDecodeError attributes.
data = b"ok\xffbad\xc3\xa9\xe2\x82"
for err in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(err, repr(data.decode("utf-8", err)))
try:
    data.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding, e.object[:3])
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(data.decode("latin-1"), b"\xff\xfeA\x00".decode("utf-16"), b"A\x00\x00\x00".decode("utf-32-le"), b"abc".decode(encoding="ascii"))
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", bytearray(b"x\xff").decode("utf-8", "replace"))
