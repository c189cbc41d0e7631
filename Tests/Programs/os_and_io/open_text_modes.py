# open() in text mode: writing, reading, lines, newline translation, encodings, errors.
import posix

name = "/tmp/taipan_open_text_%d.txt" % posix.getpid()

with open(name, "w") as f:
    print(f.mode, f.encoding, f.errors, f.line_buffering, f.closed, f.name == name)
    print(f.write("alpha\nbeta\r\ngamma\rdelta"))
    f.writelines(["\none", "\ntwo\n"])
print(f.closed)

with open(name, "rb") as f:
    print(f.read())

with open(name) as f:
    print(repr(f.readline()))
    print(list(f))
    print(repr(f.read()))

with open(name, newline="") as f:
    print(f.readlines())
with open(name, newline="\r") as f:
    print(f.readlines())
with open(name, newline="\r\n") as f:
    print(f.readlines())

with open(name) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.readline(2)), repr(f.readline()))

with open(name, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(name, "rb") as f:
    print(f.read())

with open(name, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac\n\u00fcber\n")
with open(name, encoding="utf-8") as f:
    print(f.read(5), repr(f.readline()), f.readline())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.read())

try:
    with open(name, "w", encoding="ascii") as f:
        f.write("caf\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(name, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\u00e9\n")
with open(name) as f:
    print(f.read())

with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    print(f.read().splitlines())

with open(name, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("CAF")
    f.seek(0)
    print(repr(f.read()))
    print(f.tell())

f = open(name)
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), f.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

f = open(name)
try:
    f.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    f.seek(1, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    f.seek(1, 2)
except Exception as e:
    print(type(e).__name__, e)
f.close()

posix.unlink(name)
print(posix.access(name, posix.F_OK))
