# open() in text and binary modes on a temp file in /tmp: write/read/append, seek/tell, modes and errors.
import os
path = f"/tmp/taipan_corpus_open_{os.getpid()}.txt"
try:
    with open(path, "w", encoding="utf-8") as f:
        print(f.write("line1\nlíne2\n"), f.mode, f.name == path, f.closed, f.writable(), f.readable())
    print(f.closed)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, "a", encoding="utf-8") as f:
        f.write("third")
    with open(path, "rb") as f:
        data = f.read()
        print(data, type(data).__name__, f.mode, f.tell())
        f.seek(2)
        print(f.read(3), f.tell(), f.seek(-2, 2), f.read())
    with open(path, encoding="utf-8") as f:
        print(f.readline(), f.readlines(), f.readline() == "")
    with open(path, "r+b") as f:
        f.write(b"LINE")
    with open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "wb") as f:
        f.write(bytearray(b"\x00\xffbin"))
    print(open(path, "rb").read(), os.path.getsize(path))
    for mode in ("rw", "x", "q", "rbt"):
        try:
            open(path, mode)
        except (ValueError, FileExistsError) as e:
            print(mode, type(e).__name__, e if isinstance(e, ValueError) else e.strerror)
    try:
        open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        with open(path, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
    f = open(path, "rb")
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
