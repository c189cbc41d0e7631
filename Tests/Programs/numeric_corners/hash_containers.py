# hash() of tuples, frozensets, str and bytes under PYTHONHASHSEED=0, and unhashables.
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3,))), hash(("s", True, 1.5)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash((1, 2)) == hash((2, 1)))
for s in ("", "a", "abc", "hello world", "é", "日本", "\U0001f600", "a" * 100):
    print(repr(s), hash(s))
for b in (b"", b"a", b"abc", b"\x00\xff", b"hello world"):
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash(None) == hash(None), hash(Ellipsis) == hash(...))
print(hash(frozenset(["a", "b"])), hash(("a", "b")))
for bad in ([], {}, set(), bytearray(b"x"), (1, [2]), slice(1, 2)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(1, 1)))
