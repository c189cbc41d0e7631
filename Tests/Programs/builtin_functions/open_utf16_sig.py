# open() with utf-16, utf-16-le, utf-8-sig: BOM writing/reading, tell after BOM, and mismatched decoding.
import os
path = f"/tmp/taipan_corpus_bom_{os.getpid()}.txt"
try:
    for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"):
        with open(path, "w", encoding=enc) as f:
            f.write("hé😀\n")
        raw = open(path, "rb").read()
        print(enc, raw, repr(open(path, encoding=enc).read()))
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbfbom text")
    print(repr(open(path, encoding="utf-8").read()), repr(open(path, encoding="utf-8-sig").read()))
    with open(path, "wb") as f:
        f.write(b"\xff\xfeh\x00i\x00")
    print(repr(open(path, encoding="utf-16").read()), repr(open(path, encoding="latin-1").read()))
finally:
    os.remove(path)
