# open() in binary modes: buffered and raw objects, read/seek/tell/truncate, mode errors.
import posix

name = "/tmp/taipan_open_bin_%d.bin" % posix.getpid()

with open(name, "wb") as f:
    print(type(f).__name__, f.mode, type(f.raw).__name__, f.raw.mode)
    print(f.write(b"0123456789\nabc\n"), f.tell())
    f.write(bytearray(b"xyz"))

with open(name, "rb") as f:
    print(type(f).__name__, f.readline(), f.tell())
    print(f.read(2), f.peek(1)[:1], f.read1(3))
    print(f.read(), f.read(), f.tell())
    print(f.seek(3), f.read(2), f.seek(-2, 2), f.read(), f.seek(-3, 1), f.read(1))
    print(f.readable(), f.writable(), f.seekable(), f.isatty())

with open(name, "rb") as f:
    print(list(f))
with open(name, "rb") as f:
    print(f.readlines())

with open(name, "r+b") as f:
    print(type(f).__name__)
    f.seek(2)
    f.write(b"AB")
    print(f.read(3))
    f.truncate(8)
    f.seek(0)
    print(f.read())

raw = open(name, "rb", buffering=0)
print(type(raw).__name__, raw.read(3), raw.read(), raw.read(), raw.closefd)
raw.close()
print(raw.closed)

b = bytearray(4)
with open(name, "rb") as f:
    print(f.readinto(b), b)

with open(name, "ab") as f:
    f.write(b"++")
with open(name, "rb") as f:
    print(f.read())

try:
    open(name, "xb")
except FileExistsError as e:
    print("FileExistsError", e.errno)

for mode in ["rz", "rw", "", "rt+b", "U", "rr", "b", "+"]:
    try:
        open(name, mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
               dict(mode="rb", newline=""), dict(newline="x"), dict(buffering=0)]:
    try:
        open(name, **kwargs)
    except ValueError as e:
        print(kwargs, e)

with open(name, "rb") as f:
    try:
        f.write(b"x")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.raw.write(b"x")
    except Exception as e:
        print(type(e).__name__, e)
f = open(name, "wb")
f.close()
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError", e)

try:
    open("/nonexistent_dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open([])
except TypeError as e:
    print("TypeError", e)

posix.unlink(name)
