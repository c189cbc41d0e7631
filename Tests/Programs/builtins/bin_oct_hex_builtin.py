# bin/oct/hex on positive, negative and big ints and on objects with __index__.
for n in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 1):
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return -42
print(bin(Idx()), oct(Idx()), hex(Idx()), bin(True))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
