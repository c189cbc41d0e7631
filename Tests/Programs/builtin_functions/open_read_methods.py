# Text-mode read(n)/readline(size)/iteration over multibyte text, seek/tell cookies, and binary readinto.
import os
path = f"/tmp/taipan_corpus_read_{os.getpid()}.txt"
try:
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo\nwörld\n\nlast")
    with open(path, encoding="utf-8") as f:
        print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.read()), repr(f.read()))
    with open(path, encoding="utf-8") as f:
        print([line for line in f], f.readlines())
    with open(path, encoding="utf-8") as f:
        f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(f.read() == rest, f.seek(0), repr(f.read(1)))
    with open(path, "rb") as f:
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.read(2), f.readline(), f.readlines())
    with open(path, "w+", encoding="utf-8") as f:
        f.write("abc")
        f.seek(0)
        print(repr(f.read()))
    with open(path, "a+", encoding="utf-8") as f:
        f.write("def")
        f.seek(0)
        print(repr(f.read()))
    with open(path, "r+", encoding="utf-8") as f:
        f.truncate(2)
    print(repr(open(path, encoding="utf-8").read()))
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
finally:
    os.remove(path)
