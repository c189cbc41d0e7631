# bytearray item/slice assignment, deletion, extended slices and their errors.
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = ord("F")
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"1234"
print(ba, len(ba))
del ba[0]
del ba[::2]
print(ba)
ba[1:1] = [9, 10]
print(ba)
ba[:] = b""
print(ba)
ba = bytearray(b"0123456789")
ba[2:8:2] = bytearray(b"abc")
print(ba)
for f in (lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(slice(0, 6, 2), b"ab"),
          lambda: ba.__setitem__(20, 1), lambda: ba.__delitem__(20), lambda: ba.__setitem__(slice(0, 2), 5),
          lambda: ba.__setitem__(slice(0, 2), "ab")):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba[3:5] = ba
print(ba)
