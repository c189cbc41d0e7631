# Sorting mixed/unorderable values: exact TypeError messages, and keys that make them sortable.
for data in ([3, None, 1], [{"a": 1}, {"b": 2}], [1, "a"], [(1, 2), (1, "x")], [[1], (1,)], [1j, 2j], [set(), {1}], [b"a", "a"]):
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)), sorted([1, "a", 2.5], key=str), sorted([{"b": 2}, {"a": 1}], key=lambda d: list(d)))
print(sorted([set(), {1}, {1, 2}], key=len), sorted([1j, -2j, 3], key=abs), sorted([(1, "x"), (1, 2)], key=repr))
