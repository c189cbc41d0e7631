# bytes and bytearray subclasses: method results are plain bytes, __bytes__, repr override.
class B(bytes):
    def first(self):
        return self[0]
b = B(b"hello")
rs = [b.upper(), b + b"!", b[1:], b * 2, b.strip(), b.replace(b"l", b"L"), b.split(b"l")[0], bytes(b)]
print([type(r).__name__ for r in rs], rs, b.first(), b == b"hello", hash(b) == hash(b"hello"), repr(b))
class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(122)
print(ba, type(ba + b"").__name__, type(ba.copy()).__name__, type(ba[0:1]).__name__, repr(BA()))
class WithNew(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode("utf-8"))
w = WithNew("é")
print(w, len(w), type(w).__name__, w.decode())
