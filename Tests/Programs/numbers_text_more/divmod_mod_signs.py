# divmod, //, % with every sign combination for ints, floats, mixed, and zero divisors.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20),
         (10**20, -7), (7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, -1), (-0.0, 1), (1e300, 1e-300),
         (5, 0.5), (-5, 0.3), (1, float("inf")), (-1, float("inf")), (float("inf"), 1), (True, 2)]
for a, b in pairs:
    try:
        print(a, b, divmod(a, b), a // b, a % b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10**30, 0), (-0.0, 0.0)]:
    for op in ("divmod", "//", "%", "/"):
        try:
            if op == "divmod":
                divmod(a, b)
            elif op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                a / b
        except ZeroDivisionError as e:
            print(a, b, op, type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(-0.0, 5), divmod(0.0, -5), (-0.0) % 5, 0.0 % -5, -1e-320 % 1.0)
print(-3 % 5, 3 % -5, -3 // 5, 3 // -5, -(3 // 5))
