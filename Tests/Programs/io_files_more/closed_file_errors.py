# Operations on closed files and wrong-direction reads/writes raise ValueError / io.UnsupportedOperation.
import io
import os

d = "/tmp/taipan_io_closed_%d" % os.getpid()
os.mkdir(d)
p = d + "/c.txt"
try:
    f = open(p, "w")
    f.write("data\n")
    f.close()
    f.close()
    print(f.closed)
    for name, args in [("write", ("x",)), ("read", ()), ("readline", ()), ("tell", ()),
                       ("seek", (0,)), ("flush", ()), ("readable", ()), ("writable", ()),
                       ("seekable", ()), ("isatty", ()), ("fileno", ()), ("truncate", ())]:
        try:
            print(name, getattr(f, name)(*args))
        except Exception as e:
            print(name, type(e).__name__, e)
    try:
        iter(f)
        next(f)
    except Exception as e:
        print("next", type(e).__name__, e)
    try:
        with f:
            pass
    except Exception as e:
        print("with", type(e).__name__, e)
    with open(p) as f:
        try:
            f.write("x")
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
        print(f.readable(), f.writable(), f.seekable())
    with open(p, "w") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    with open(p, "rb") as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    with open(p, "ab") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    b = open(p, "rb")
    b.close()
    try:
        b.read()
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.remove(p)
    os.rmdir(d)
