# len() over built-ins and __len__ results that are negative, huge, non-int or bool.
print(len(""), len("日本"), len(b"ab"), len([1]), len({}), len({1, 2}), len(range(0, 10, 3)), len(memoryview(b"abc")), len(frozenset()))
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
print(len(L(5)), len(L(True)), bool(L(0)), bool(L(2)))
for v in (-1, 2**63, 1.5, "3", None):
    try:
        print(len(L(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v)[:10], type(e).__name__, e)
for bad in (5, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
class LI:
    def __len__(self):
        return I()
print(len(LI()))
