# for over strings, bytes, tuples, dicts and their views, ranges, enumerate, zip.
for ch in "héllo":
    print(ch, end="|")
print()
for b in b"AZ":
    print(b, end=" ")
print()
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, end=" ")
for v in d.values():
    print(v, end=" ")
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(d.items(), start=1):
    print(i, k, v)
for a, b in zip("abc", range(10)):
    print(a, b, end="; ")
print()
for x in reversed([1, 2, 3]):
    print(x, end="")
print()
for t in (1, "two", 3.0, None):
    print(type(t).__name__, end=" ")
print()
