# bytes.decode and str(b, encoding, errors): UTF-8 error ranges and reasons, UTF-16/32 BOMs and errors, handlers.
from _check import t

for data in (b"\xff", b"\xe2\x82x", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80", b"a\xf0\x9f\x98"):
    t(lambda: data.decode())
    t(lambda: data.decode("utf-8", "replace"))
t(lambda: b"\xff\xfea\x00".decode("utf-16")); t(lambda: b"\xfe\xff\x00a".decode("utf-16")); t(lambda: b"a\x00".decode("utf-16"))
t(lambda: b"\x00".decode("utf-16")); t(lambda: b"\x00\xd8".decode("utf-16-le")); t(lambda: b"\x00\xdc\x00\x00".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le")); t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le")); t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t(lambda: b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")); t(lambda: b"\x81".decode("cp1252")); t(lambda: b"\x80".decode("cp1252"))
t(lambda: b"\xffabc".decode("ascii", "ignore")); t(lambda: b"\xff".decode("ascii", "backslashreplace")); t(lambda: b"a\xffb".decode("utf-8", "surrogateescape"))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass")); t(lambda: b"\xef\xbb\xbfx".decode("utf-8-sig")); t(lambda: b"\xe9".decode("latin-1"))
t(lambda: str(b"abc", "ascii")); t(lambda: str(b"abc")); t(lambda: str(bytearray(b"\xe9"), encoding="latin-1")); t(lambda: str(b"\xff", errors="replace"))
t(lambda: str("x", "utf8")); t(lambda: str(1, "utf8")); t(lambda: b"x".decode("nope")); t(lambda: b"\xff".decode("utf-8", "nope"))
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
