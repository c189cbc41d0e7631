# list/tuple/set/frozenset/dict/str/bytes constructors from various iterables.
src = "hello"
print(list(src), tuple(src), sorted(set(src)), sorted(frozenset(src)), dict.fromkeys(src))
print(list(range(3)), tuple({1: "a", 2: "b"}), list({1: "a"}.items()), dict([("k", "v"), ["k2", "v2"]]), dict(a=1))
print(list(x for x in (1, 2)), tuple(iter([3])), bytes(range(65, 70)), bytearray(b"ab"), bytes([]), str(list("ab")))
print(list(), tuple(), set(), dict(), str(), bytes(), frozenset(), int(), float(), complex(), bool())
print(list(list("ab")) == list("ab"), tuple(t := (1, 2)) is t, frozenset(f := frozenset([1])) is f)
for bad in (lambda: list(5), lambda: tuple(None), lambda: set([[1]]), lambda: dict([1, 2]), lambda: bytes(["a"]), lambda: bytes(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
