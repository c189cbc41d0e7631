# bytearray append/extend/insert/pop/remove/reverse/clear/copy and their errors.
ba = bytearray(b"ab")
ba.append(99)
ba.extend(b"de")
ba.extend([102, 103])
ba.extend(x for x in (104,))
ba.insert(0, 64)
ba.insert(-1, 33)
ba.insert(100, 35)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(99)
ba.reverse()
c = ba.copy()
ba.clear()
print(ba, c, c is not ba)
for f in (lambda: c.append(256), lambda: c.append(b"x"), lambda: c.remove(200), lambda: bytearray().pop(),
          lambda: c.extend("str"), lambda: c.extend([1, "a"]), lambda: c.insert(0, -1), lambda: c.pop(50)):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c += b"++"
c *= 2
print(c, len(c))
