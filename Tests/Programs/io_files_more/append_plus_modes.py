# 'a', 'a+', 'r+', 'w+' modes: where reads and writes land.
import os

d = "/tmp/taipan_io_plus_%d" % os.getpid()
os.mkdir(d)
p = d + "/a.txt"

def show():
    with open(p) as f:
        print(repr(f.read()))

try:
    with open(p, "w") as f:
        f.write("start\n")
    with open(p, "a") as f:
        print(f.tell())
        f.write("more\n")
        print(f.mode, f.readable(), f.writable())
    show()
    with open(p, "a+") as f:
        print(f.mode, f.readable(), repr(f.read()))
        f.seek(0)
        print(repr(f.read()))
        f.seek(0)
        f.write("tail\n")
    show()
    with open(p, "r+") as f:
        print(f.mode, repr(f.read(3)))
        f.seek(0)
        f.write("XY")
    show()
    with open(p, "w+") as f:
        print(f.mode, repr(f.read()))
        f.write("fresh")
        f.seek(0)
        print(repr(f.read()))
    show()
    with open(p, "rb+") as f:
        print(f.mode)
    with open(p, "ab+") as f:
        print(f.mode, f.tell())
    with open(p, "xb" if False else "wb+") as f:
        print(f.mode)
finally:
    os.remove(p)
    os.rmdir(d)
