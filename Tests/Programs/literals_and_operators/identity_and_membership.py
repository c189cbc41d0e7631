# is / is not / in / not in, None/True/False singletons, containment via equality.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
x = float("nan")
print(x in [x], float("nan") in [float("nan")], 1 in [1.0], True in [1], "b" in {"a": 1, "b": 2})
print(2 in range(5), 5 in range(5), 2.0 in range(5), -1 in range(-3, 3, 2), [1] in [[1]])
print("ab" in "cabd", "" in "", (1, 2) in [(1, 2)], 3 not in (1, 2), 1 not in {1: 0})
print((1,) == (1,), True is not False, bool() is False, a is not None)
