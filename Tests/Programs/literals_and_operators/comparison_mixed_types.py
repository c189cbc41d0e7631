# Equality across types is False, ordering across unrelated types raises TypeError.
print(1 == "1", [] == (), 1 == 1.0 == True, None == 0, [1] != (1,), b"a" == "a")
for a, b in [(1, "a"), ("a", 1), ([], ()), (None, None), (1, None), ({}, {}), ((1,), [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
for a, b in [(1, "a"), ([1], (1,))]:
    try:
        print(a >= b)
    except TypeError as e:
        print("TypeError", e)
print([1, 2] < [1, 2, 3], (1, 2) > (1, 1, 9), [1, "a"] == [1, "a"], (1, [2]) == (1, [2]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
