# range: big bounds, len overflow, index/count, equality by content, slicing to ranges, errors.
r = range(-5, 20, 3)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], 4 in r, 5 in r, r.index(7), r.count(7), r.count(8))
big = range(0, 10**30, 7)
print(big.stop // 7, big[-1], big[10**20], 10**20 * 7 in big, big.index(700), big[::10**10][:2])
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(2**64)[5:][0], bool(range(0)), bool(range(2**70)))
print(range(0) == range(5, 1), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2], hash(range(1, 10, 3)) == hash(range(1, 11, 3)))
for args in [(1, 2, 0), (1.5,), ("a",), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in [10, -11, 2**70]:
    try:
        range(10)[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    range(3).index(5)
except ValueError as e:
    print(type(e).__name__, e)
print(1.0 in range(3), 1.5 in range(3), True in range(2), range(3).index(True), range(3).count(1.0))
print(list(range(10, 0, -4)), list(reversed(range(1, 10, 4))), range(5).start, range(5).stop, range(5).step)
print(repr(range(0, 5, 1)), repr(range(5, 0, -1)), str(range(3)), sorted(range(3), reverse=True))
try:
    range(3)["a"]
except TypeError as e:
    print(type(e).__name__, e)
