# range: len, index, count, contains, reversed, slicing, equality and attributes.
r = range(3, 20, 4)
print(list(r), len(r), r.start, r.stop, r.step, r.index(11), r.count(7), r.count(8), 15 in r, 16 in r, 3.0 in r, "a" in r)
print(r[1], r[-1], r[1:3], r[::-1], r[::2], r[10:], list(reversed(r)), repr(r), str(range(5)), range(0, 5, 1))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 0 + 2), range(0, 10, 3) == range(0, 11, 3))
print(len(range(10, 0, -3)), list(range(10, 0, -3)), list(range(-5)), range(-3, 3)[::-2], range(0, 10**30, 7)[-1])
for f in (lambda: r.index(8), lambda: r[10], lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: r["a"],
          lambda: range(1, 2, 3, 4), lambda: len(range(2**64))):
    try:
        f()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
big = range(0, 2**100, 3)
print(big[-1], big.index(3 * 10**20), (2**100 - 1) in big, big[2**90 + 1], big[::2**50].step, hash(range(3)) == hash(range(0, 3)))
class I:
    def __index__(self):
        return 4
print(list(range(I())), range(10)[I()], range(10)[True])
