# len() of built-in containers and of objects with __len__, with its errors.
print(len(""), len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len(frozenset()), len(bytearray(5)), len(range(10, 0)), len(dict.fromkeys("aabbc")), len({}.keys()))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(7)), len(Sized(True)))
for value in (Sized(-1), Sized(2 ** 70), Sized("3"), Sized(1.0), 5, None, iter([])):
    try:
        print(len(value))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
