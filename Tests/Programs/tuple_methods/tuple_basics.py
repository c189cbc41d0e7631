# tuple index/count, concatenation, repetition, comparison, hashing and immutability errors.
t = (1, 2, 3, 2, "a")
print(t.index(2), t.index(2, 2), t.count(2), t.count("b"), t + (4,), t * 2, (1,) * 0, t[1:3], t[::-1], t[-1])
for f in (lambda: t.index(9), lambda: t.__setitem__(0, 1), lambda: t + [1], lambda: t[10], lambda: t.index(1, 1, 3), lambda: t.append):
    try:
        f()
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (2,) > (1, 99), hash((1, 2)) == hash((1, 2)))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), repr((1,)), repr(()), repr(((),)))
t2 = ([1],)
t2[0].append(2)
print(t2)
try:
    t2[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
