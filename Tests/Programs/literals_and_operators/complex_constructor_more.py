# complex(): from numbers, strings and objects with __complex__, with CPython's errors.
print(hash(complex(1, 2)), hash(1j), complex(1, -0.0), complex(' 1+2j '), complex('j'), complex('-1.5e3-2J'), complex(1 + 2j, 3j))
print(complex(), complex(real=1, imag=2), (1 + 2j).conjugate(), pow(1 + 1j, 2), complex("(3-4j)"), complex("inf+nanj"))
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()), complex(C(), 1), abs(3 - 4j), +(1 - 1j), (1 + 2j) ** -1)
for bad in ['1+', 'x', '', '1+2j)', '1 + 2j']:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
for call in (lambda: complex('1', 2), lambda: complex(None), lambda: complex(1, '2'), lambda: complex(1, None)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(float.fromhex(" 0x1.8p+1 "), float.fromhex("1p-1074"), (1e-310).hex(), (0.0).hex(), (-0.0).hex(), float("inf").hex())
print((1024).to_bytes(2, "little"), int.from_bytes([255, 255], "big", signed=True), (2 ** 64).bit_count(), (5).as_integer_ratio())
for call in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")):
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
