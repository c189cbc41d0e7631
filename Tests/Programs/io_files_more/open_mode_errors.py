# open() argument validation: bad modes, buffering, missing files, directories, 'x' mode.
import os

d = "/tmp/taipan_io_mode_%d" % os.getpid()
os.mkdir(d)
p = d + "/m.txt"
try:
    for mode in ["", "rw", "rr", "q", "rt+b", "tb", "U", "rU", "wx", "a+r", "bt", "r+++", 5]:
        try:
            f = open(p, mode)
            print(repr(mode), "opened", f.mode)
            f.close()
        except Exception as e:
            print(repr(mode), type(e).__name__, e)
    try:
        open(d + "/missing.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == d + "/missing.txt")
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(p, "x") as f:
        f.write("new")
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(p, "w", buffering=0)
    except ValueError as e:
        print(type(e).__name__, e)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read())
    with open(p, "rb") as f:
        print(type(f).__name__)
    with open(p, "r+b") as f:
        print(type(f).__name__)
    with open(p) as f:
        print(type(f).__name__, type(f.buffer).__name__)
    for bad in [None, 3.5, [p]]:
        try:
            open(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        open(p, encoding=5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open("bad\0name")
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.remove(p)
    os.rmdir(d)
