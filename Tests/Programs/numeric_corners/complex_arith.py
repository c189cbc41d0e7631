# complex arithmetic, abs, conjugate, real/imag, pow and division errors.
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag)
print(a ** 2, a ** 0, a ** -1, 1j ** 2, (1+1j) ** 0.5, pow(2, 1j) == 2 ** 1j, 0j ** 0)
print(a == 3+4j, a != b, 1 + 0j == 1, (1+0j) == 1.0, 2j * 2.5, 3 - 1j + 1)
for op in ("/", "//", "%", "<", "**neg"):
    try:
        if op == "/":
            a / 0
        elif op == "//":
            a // 2
        elif op == "%":
            a % 2
        elif op == "<":
            a < b
        else:
            0j ** -1
    except (ZeroDivisionError, TypeError) as e:
        print(op, type(e).__name__, e)
try:
    divmod(a, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(a, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(abs(complex(float("inf"), float("nan"))), abs(-0j), abs(3e200+4e200j))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
