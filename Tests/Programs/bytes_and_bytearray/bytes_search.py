# bytes searching: find/rfind/index/rindex/count with bytes or int needles, startswith/endswith, in.
from _check import t

s = b"abracadabra"
t(lambda: (s.find(b"bra"), s.rfind(b"bra"), s.find(b"bra", 2), s.find(98), s.rfind(97, 0, -1), s.find(b""), s.find(b"", 20)))
t(lambda: (s.count(b"a"), s.count(97), s.count(b""), s.index(b"cad"), s.rindex(b"a")))
t(lambda: s.index(b"z")); t(lambda: s.rindex(122)); t(lambda: s.find("a")); t(lambda: s.find(300))
t(lambda: (s.startswith(b"abr"), s.startswith((b"x", b"ab")), s.endswith(b"bra", 0, 4), s.endswith(bytearray(b"a"))))
t(lambda: s.startswith("a")); t(lambda: (98 in s, b"cad" in s, b"" in s, bytearray(b"ra") in s)); t(lambda: "a" in s); t(lambda: 256 in s)
