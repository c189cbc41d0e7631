# _io.StringIO and _io.BytesIO: reading, writing, seeking, newlines, errors.
from _io import StringIO, BytesIO

s = StringIO("hello\nworld\nlast")
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(list(s))
print(s.getvalue())

s = StringIO()
for i in range(5):
    s.write("item %d\n" % i)
print(repr(s.getvalue()), s.tell())
s.seek(5)
s.write("X")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()[-8:]))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))

s = StringIO(newline=None)
s.write("a\r\nb\rc\nd")
print(repr(s.getvalue()), s.newlines)
s = StringIO("a\r\nb\rc\nd", newline="")
print(s.readlines())
s = StringIO("a\nb\n", newline="\r\n")
print(repr(s.getvalue()), s.readlines())
s = StringIO("x\ny", newline="\r")
print(repr(s.getvalue()))

print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for op in (s.getvalue, s.read, lambda: s.write("x"), s.tell, lambda: s.seek(0)):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

for bad in [lambda: StringIO(1), lambda: StringIO().write(b"x"), lambda: StringIO().seek(-1),
            lambda: StringIO().seek(1, 1), lambda: StringIO().seek(0, 3), lambda: StringIO().truncate(-1),
            lambda: StringIO(newline="x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

with StringIO("ctx") as s:
    print(s.read())
print(s.closed)

b = BytesIO(b"abc\ndef\n")
print(b.readline(), b.read(2), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(2)
b.write(b"XYZW")
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.seek(-1, 2), b.read())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: BytesIO("x"), lambda: BytesIO().write("x"), lambda: BytesIO().seek(-1),
            lambda: BytesIO().seek(0, 3), lambda: BytesIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
