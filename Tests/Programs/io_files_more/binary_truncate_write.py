# Binary files: write returns counts, truncate, overwrite in r+b, read sizes, readinto.
import os

d = "/tmp/taipan_io_trunc_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "b.bin")
try:
    with open(p, "wb") as f:
        print(f.write(b"0123456789"))
        print(f.write(bytearray(b"ab")))
        print(f.write(memoryview(b"XYZ")))
        print(f.tell())
        print(f.truncate(5), f.tell())
        f.write(b"!")
        print(f.tell())
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "r+b") as f:
        print(f.read(2))
        f.write(b"--")
        f.seek(0)
        print(f.read())
        print(f.truncate())
        f.seek(0)
        print(f.read())
        f.seek(0)
        print(f.truncate(2), f.read(), f.tell())
    with open(p, "rb") as f:
        print(f.read(0), f.read(-1), f.read(), f.read(10))
    with open(p, "wb") as f:
        f.write(bytes(range(10)))
    with open(p, "rb") as f:
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
        print(f.readinto(buf), buf)
    with open(p, "wb") as f:
        for bad in ["text", 5, None]:
            try:
                f.write(bad)
            except TypeError as e:
                print(type(e).__name__, e)
    print(os.path.getsize(p))
finally:
    os.remove(p)
    os.rmdir(d)
