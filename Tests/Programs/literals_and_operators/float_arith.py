# Float arithmetic including floor division and modulo across signs.
for a in (7.5, -7.5, 0.0, 3.0):
    for b in (2.0, -2.0, 0.5, -0.25):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5.0, 0.0 % -5.0, -1e-20 % 1.0, 5.0 % float("inf"), -5.0 % float("inf"))
print(1.0 // 0.1, 1.0 % 0.1, 0.1 * 3, 2.0 ** 0.5, (-8.0) ** 2)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5)
