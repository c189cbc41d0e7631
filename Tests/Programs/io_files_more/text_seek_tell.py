# Text files: tell() cookies after writes and reads, seek to saved positions, seek errors.
import os

d = "/tmp/taipan_io_seek_%d" % os.getpid()
os.mkdir(d)
p = d + "/t.txt"
try:
    with open(p, "w", encoding="utf-8") as f:
        print(f.tell())
        f.write("abc\n")
        print(f.tell())
        f.write("déf\n")
        print(f.tell())
        f.write("xyz")
        print(f.tell())
    with open(p, encoding="utf-8") as f:
        print(repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.readline()), f.tell())
        f.seek(pos)
        print(repr(f.read()))
        print(f.seek(0), repr(f.read(2)))
        print(f.seek(0, 2))
        print(repr(f.read()))
        for args in [(1, 1), (-1, 2), (0, 3), (-5,)]:
            try:
                f.seek(*args)
            except Exception as e:
                print(type(e).__name__, e)
        print(f.seek(0, 1) == f.tell())
    with open(p, "rb") as f:
        print(f.read())
        print(f.seek(-3, 2), f.read())
        print(f.seek(2), f.tell(), f.read(1))
        print(f.seek(1, 1), f.read(2))
        print(f.seek(100), f.read(), f.tell())
        try:
            f.seek(-1)
        except Exception as e:
            print(type(e).__name__, e)
        try:
            f.seek(0, 5)
        except Exception as e:
            print(type(e).__name__, e)
finally:
    os.remove(p)
    os.rmdir(d)
print(os.path.exists(d))
