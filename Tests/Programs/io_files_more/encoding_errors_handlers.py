# Text encodings with errors= handlers when writing and reading files.
import os

d = "/tmp/taipan_io_enc_%d" % os.getpid()
os.mkdir(d)
p = d + "/e.txt"
s = "caf\xe9 \u20ac \U0001f600 ok"
try:
    for enc in ["utf-8", "latin-1", "ascii"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                with open(p, "w", encoding=enc, errors=err) as f:
                    f.write(s)
                with open(p, "rb") as f:
                    print(enc, err, f.read())
            except Exception as e:
                print(enc, err, type(e).__name__, e)
    with open(p, "wb") as f:
        f.write(b"A\xe9B\xff\xfeC\x80")
    for enc in ["utf-8", "latin-1", "ascii"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            try:
                with open(p, encoding=enc, errors=err) as f:
                    print(enc, err, ascii(f.read()))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
    try:
        open(p, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(p, "rb", errors="strict")
    except ValueError as e:
        print(type(e).__name__, e)
    with open(p, "w", encoding="utf-8-sig") as f:
        f.write("bom")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8-sig") as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8") as f:
        print(ascii(f.read()))
finally:
    os.remove(p)
    os.rmdir(d)
