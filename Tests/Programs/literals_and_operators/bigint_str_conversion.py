# Conversions between big ints and strings: str, int(), hex/oct/bin, bases.
n = 2 ** 300 - 1
print(str(n))
print(hex(n))
print(oct(n))
print(bin(2 ** 70 + 5))
print(hex(-(2 ** 65)), oct(-8), bin(-5), hex(0), bin(0))
print(int(str(n)) == n, int(hex(n), 16) == n, int(hex(n), 0) == n)
print(int("z" * 30, 36))
print(int("-" + "1" * 50))
print(int("  +123456789012345678901234567890  "))
print(int("1_000_000_000_000_000_000_000"))
print(repr(-(10 ** 25)), format(10 ** 25, ","), format(-(10 ** 25), "_"))
