# open() with utf-8, latin-1 and ascii encodings, errors= handlers, and newline translation.
import os
path = f"/tmp/taipan_corpus_enc_{os.getpid()}.txt"
try:
    with open(path, "w", encoding="latin-1") as f:
        f.write("café\n")
    print(open(path, "rb").read(), open(path, encoding="latin-1").read())
    try:
        open(path, encoding="utf-8").read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(open(path, encoding="utf-8", errors="replace").read()), repr(open(path, encoding="ascii", errors="ignore").read()))
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(path, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    print(repr(open(path).read()), repr(open(path, newline="").read()), open(path).readlines(), open(path, newline="").readlines())
    print(repr(open(path, newline="\r").readlines()), repr(open(path, newline="\n").readlines()))
    with open(path, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    print(open(path, "rb").read())
    with open(path, "w", encoding="utf-8") as f:
        print(f.encoding, f.errors, f.newlines)
    try:
        open(path, newline="bad")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(path, encoding="no-such")
    except LookupError as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)
