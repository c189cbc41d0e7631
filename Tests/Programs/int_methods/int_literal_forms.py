# Integer literal forms: prefixes in any case, underscores, huge literals, and int() of literal-like strings.
print(0x_FF, 0XFF, 0o_17, 0O17, 0b_1010, 0B11, 1_000_000, 0_0, 00, 9_9, -0, +7, --7, -+-7)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777, 0b1 << 100 == 2**100)
print(type(0x10).__name__, 0x10 == 16 == 0o20 == 0b10000, 1_2.3_4, 1e1_0)
for s in ("0x_FF", "0o_17", "0b_1010", "1_000", "0_0", "00", "0x", "0b", "0o8", "0b102", "1__2", "_1", "1_", "0_7"):
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
