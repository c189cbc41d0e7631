# str.encode/bytes.decode across utf-8/utf-16/utf-32/latin-1/ascii/cp1252 with error handlers.
s = "A\xe9\u20ac\U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "ascii", "cp1252", "utf-8-sig"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            b = s.encode(enc, err)
            print(enc, err, b)
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e.encoding, e.start, e.end, e.reason)
raw = b"A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xc3"
for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(err, ascii(raw.decode("utf-8", err)))
    except UnicodeDecodeError as e:
        print(err, type(e).__name__, e)
print(ascii("\udcff".encode("utf-8", "surrogateescape")), ascii("\ud800".encode("utf-8", "surrogatepass")))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(ascii(b"\x80\x81".decode("cp1252", "replace")), ascii(b"\xff\xfeA\x00".decode("utf-16")), ascii(b"abc".decode("utf-32", "replace")))
for bad in [("x", "nope"), (5,), ("utf-8", 5)]:
    try:
        "abc".encode(*bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print("abc".encode(encoding="ascii", errors="strict"), b"abc".decode(), bytes("\xe9", "latin-1"), str(b"\xe9", "latin-1"))
