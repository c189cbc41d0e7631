# Encoding and decoding with utf-8, latin-1, ascii and error handlers, and the error messages.
s = "héllo wörld €"
for enc in ("utf-8", "latin-1", "ascii", "utf-16-le", "cp1252"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
raw = b"caf\xc3\xa9 \xff\xfe end"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(errors, ascii(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
print(raw.decode("latin-1"), "€".encode(), len("€".encode()), bytes("abc", "ascii"), str(b"\xe2\x82\xac", "utf-8"))
print("x".encode("utf-16"), b"\xff\xfex\x00".decode("utf-16"), "ab".encode("utf-32-be"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
