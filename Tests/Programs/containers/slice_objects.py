# slice objects: attributes, indices(), equality, use with any sequence, errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(-3, None).indices(10))
print(list(range(10))[s], "abcdefghijk"[s], s == slice(1, 10, 2), s != slice(1, 10))
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2]["a":]
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][I():], "hello"[:I()], slice(I()).indices(10)[1])
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
