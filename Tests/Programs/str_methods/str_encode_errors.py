# str.encode with utf-8/ascii/latin-1/utf-16/utf-32 and every error handler.
s = "aé€😀"
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "UTF8", "cp1252"):
    for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e)
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print("\ud800".encode("utf-8", "surrogatepass"), "x".encode(errors="strict"), "x".encode(encoding="ascii"))
