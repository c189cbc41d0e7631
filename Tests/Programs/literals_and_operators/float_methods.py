# Float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in (0.5, 0.1, -2.0, 3.75, 1e20):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((10).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((6).as_integer_ratio(), (5).bit_count(), (-(2 ** 70)).bit_count())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
