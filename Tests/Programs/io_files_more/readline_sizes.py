# readline(size), readlines(hint), iteration and next() on text and binary files.
import os

d = "/tmp/taipan_io_rl_%d" % os.getpid()
os.mkdir(d)
p = d + "/r.txt"
try:
    with open(p, "w") as f:
        f.write("first line\nsecond\n\nfourth is longer\nlast")
    with open(p) as f:
        print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
        print(repr(f.readline(100)))
        print(repr(next(f)))
        print(f.readlines(5))
        print(f.readlines())
        print(repr(f.readline()), f.readlines())
        try:
            next(f)
        except StopIteration as e:
            print("StopIteration", repr(e.value))
    with open(p) as f:
        print(f.readlines(0))
    with open(p) as f:
        print(f.readlines(11))
    with open(p, "rb") as f:
        print(f.readline(5), f.readline(), list(f))
    with open(p, "rb") as f:
        print(f.readlines(15))
    with open(p) as f:
        print([len(x) for x in f])
    with open(p) as f:
        print(list(enumerate(f, 1))[:2])
    with open(p) as f:
        for bad in ["1", 1.5]:
            try:
                f.readline(bad)
            except TypeError as e:
                print(type(e).__name__, e)
        try:
            print(repr(f.readline(None)))
        except TypeError as e:
            print(type(e).__name__, e)
        print(f.readlines(None))
    with open(p) as f:
        print(iter(f) is f, f.__next__())
finally:
    os.remove(p)
    os.rmdir(d)
