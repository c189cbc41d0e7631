# Attributes and reprs of file objects in each mode (name, mode, closed, encoding, buffer).
import os

d = "/tmp/taipan_io_attr_%d" % os.getpid()
os.mkdir(d)
p = d + "/f.txt"
try:
    with open(p, "w", encoding="latin-1") as f:
        print(f.name == p, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering)
        print(f.buffer.name == p, f.buffer.mode, f.buffer.raw.mode, f.buffer.raw.closefd)
        print(repr(f).replace(p, "P"))
        print(isinstance(f.fileno(), int), f.isatty())
    print(repr(f).replace(p, "P"))
    with open(p, "rb") as f:
        print(repr(f).replace(p, "P"))
        print(repr(f.raw).replace(p, "P"))
    f = open(p, "rb", buffering=0)
    print(repr(f).replace(p, "P"))
    f.close()
    print(repr(f))
    with open(p, "a", errors="replace") as f:
        print(f.errors, f.mode)
    fd = os.open(p, os.O_RDONLY)
    with open(fd, closefd=True) as f:
        print(f.name == fd, f.read())
    try:
        open(p, closefd=False)
    except ValueError as e:
        print(type(e).__name__, e)
    import io
    print(io.open is open, io.DEFAULT_BUFFER_SIZE)
    print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase))
    print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.StringIO, io.IOBase))
finally:
    os.remove(p)
    os.rmdir(d)
