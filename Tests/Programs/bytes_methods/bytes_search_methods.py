# bytes find/rfind/index/count/startswith with bytes and int needles.
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(97), b.rfind(97), b.count(b"a"), b.count(97), b.index(b"c"), b.rindex(114))
print(b.find(b"a", 1, 4), b.count(b""), b.find(b""), b.find(b"z"), b.find(bytearray(b"cad")), b.find(memoryview(b"dab")))
for f in (lambda: b.index(b"z"), lambda: b.find(256), lambda: b.find("a"), lambda: b.count(1.5)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b)
print(ba.find(b"ra"), ba.count(b"a"), ba.rindex(b"a"), ba.startswith((b"x", b"ab")), ba.endswith(b"ra"))
