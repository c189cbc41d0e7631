# Sorting is stable, also with reverse=True; multi-key sorts by successive passes.
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
data = [(i % 4, i) for i in range(20)]
data.sort(key=lambda p: p[0])
print(data)
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len), sorted(["bb", "a", "ccc", "dd", "e"], key=len, reverse=True))
calls = []
def key(x):
    calls.append(x)
    return x
sorted([3, 1, 2], key=key)
print(calls)
