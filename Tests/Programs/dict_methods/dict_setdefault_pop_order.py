# Order effects of pop/setdefault/update/del and re-insertion; popitem LIFO; dict equality ignores order.
d = dict.fromkeys("abcde", 0)
d.pop("b")
d["b"] = 1
d.setdefault("a", 5)
d.setdefault("f", 6)
d.update({"c": 7, "g": 8})
del d["d"]
print(list(d), d)
print([d.popitem() for _ in range(3)], d)
e = {}
for i in range(10):
    e[i] = i
for i in range(0, 10, 2):
    del e[i]
for i in range(0, 10, 3):
    e[i] = -i
print(list(e), e == {1: 1, 3: -3, 5: 5, 7: 7, 9: -9, 0: 0, 6: -6})
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], next(iter(big)), next(reversed(big)))
