# str(): objects, bytes with encoding/errors, __str__ vs __repr__, and errors.
print(str(), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str(b"\xff", "latin-1"))
print(str(b"\xffa", "utf-8", "replace"), str(b"\xffa", errors="ignore"), str(bytearray(b"x"), "utf-8"), str(memoryview(b"m"), "ascii"))
class A:
    def __repr__(self):
        return "A-repr"
class B(A):
    def __str__(self):
        return "B-str"
class Bad:
    def __str__(self):
        return 42
print(str(A()), str(B()), repr(B()), f"{B()}", f"{B()!r}")
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for args in (("abc", "utf-8"), (b"\xff", "utf-8"), (b"x", "nope"), (1, "utf-8")):
    try:
        print(str(*args))
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(str(S("x"))).__name__, type(S("x") + "y").__name__, type(S("x")[0]).__name__)
