# memoryview.release, use after release, memoryview of memoryview, and bytes(memoryview) copies.
ba = bytearray(b"abcdef")
m1 = memoryview(ba)
m2 = memoryview(m1)
m3 = m1[2:]
print(m2.tobytes(), m3.tobytes(), m2.obj is ba, m3.obj is ba)
copy = bytes(m3)
ba[2] = ord("Z")
print(copy, m3.tobytes(), m2[2])
m1.release()
for f in (lambda: m1[0], lambda: len(m1), lambda: m1.tobytes(), lambda: bytes(m1)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(m2.tobytes(), m3[0])
m2.release()
m3.release()
ba.extend(b"!")
print(ba, m1.release() is None)
with memoryview(b"ctx") as m:
    print(m.readonly, bytes(m))
print(repr(m).startswith("<released memory"))
