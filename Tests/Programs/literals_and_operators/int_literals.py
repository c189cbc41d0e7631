# Integer literals: decimal, hex, octal, binary, underscores, leading zeros of 0.
print(0, 00, 0_0, 123, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b1010, 0B1_1)
print(0x_dead_beef, 0o_7, 0b_1)
print(-0x10, +0o10, -(-0b10))
print(9223372036854775807, 9223372036854775808, -9223372036854775808)
print(18446744073709551615 + 1)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(type(0x10).__name__, type(10**30).__name__)
