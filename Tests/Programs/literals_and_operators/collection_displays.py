# Tuple/list/dict/set displays, unpacking inside displays, trailing commas.
a, b = [1, 2], (3, 4)
print((), (1,), (1, 2,), [], [1,], [*a, *b], (*a, 0, *b), [*"ab", *range(2)])
print({}, {"x": 1, "y": 2,}, {**{"a": 1}, "b": 2, **{"a": 3}}, {1: "one", 1.0: "float", True: "bool"})
print({1, 2, 3}, {*a, *b}, set(), {(1, 2), (1, 2)} == {(1, 2)}, len({1, 1, 1}))
print([[]] * 3, [[] for _ in range(2)], ((1, 2), [3, 4]), [1, [2, [3, [4]]]])
nested = [1, 2]
nested.append(nested)
print(nested, {"self": None})
