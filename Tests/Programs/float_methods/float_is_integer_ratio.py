# float.is_integer, as_integer_ratio, conjugate, real/imag and their errors.
for v in (0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 0.1, 5e-324, 2.0**53):
    print(v, v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for v in (float("inf"), float("nan")):
    print(v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d.bit_length())
class F(float):
    pass
print(type(F(2.5).real).__name__, type(F(2.5).conjugate()).__name__)
