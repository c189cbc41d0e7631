# range repr/str forms, bool and __index__ arguments, negative steps, and slices of ranges as ranges.
for r in (range(5), range(2, 5), range(2, 5, 1), range(0, -5, -1), range(True, 5, True), range(-3), range(10, 0, -3)):
    print(repr(r), len(r), list(r)[:5])
r = range(0, 100, 7)
for s in (slice(2, 5), slice(None, None, -1), slice(-3, None), slice(1, -1, 3), slice(100, 200), slice(None, None, -5)):
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s])
try:
    range(1, 2, False)
except ValueError as e:
    print(type(e).__name__, e)
print(range(5).__reversed__().__next__(), range(0, 10, 2).__contains__(4), range(3).__getitem__(-1), range(3).__len__())
