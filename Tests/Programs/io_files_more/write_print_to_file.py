# print(file=...) and writelines to real files, flush, and reading the content back.
import os

d = "/tmp/taipan_io_print_%d" % os.getpid()
os.mkdir(d)
p = d + "/p.txt"
try:
    with open(p, "w") as f:
        print("a", 1, 2.5, None, sep="|", end="!\n", file=f)
        print(file=f)
        print("x", "y", sep="", file=f, flush=True)
        f.writelines(["l1\n", "l2\n"])
        f.writelines(iter(["g1", "g2\n"]))
        try:
            f.writelines([b"bytes"])
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            f.writelines(5)
        except TypeError as e:
            print(type(e).__name__, e)
    with open(p) as f:
        print(f.read().splitlines())
    with open(p, "wb") as f:
        try:
            print("text", file=f)
        except TypeError as e:
            print(type(e).__name__, e)
        f.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
    with open(p, "rb") as f:
        print(f.read())
    big = "x" * 100000 + "\n"
    with open(p, "w") as f:
        for i in range(5):
            f.write(big)
    print(os.path.getsize(p))
    with open(p) as f:
        print(sum(1 for _ in f), f.tell())
finally:
    os.remove(p)
    os.rmdir(d)
