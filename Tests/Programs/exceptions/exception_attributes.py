# args, str() and repr() of exceptions with zero, one and several arguments.
for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), Exception([1, 2])):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.extra = "attribute"
print(e.extra, type(e).__name__, type(e).__mro__)
o = OSError(2, "No such file or directory")
print(type(o).__name__, o.errno, o.strerror, str(o), o.args)
o2 = OSError(13, "Permission denied", "/tmp/x")
print(type(o2).__name__, o2.filename, str(o2))
print(IOError is OSError, EnvironmentError is OSError)
s = StopIteration(5)
print(s.value, StopIteration().value)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason, str(u))
