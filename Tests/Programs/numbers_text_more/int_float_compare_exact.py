# Comparisons between ints and floats are exact, even beyond 2**53 and with huge ints.
big = 2**53
cases = [(big, float(big)), (big + 1, float(big)), (big + 1, float(big + 2)), (10**400, float("inf")),
         (-10**400, float("-inf")), (2**1024, 1.7976931348623157e308), (0, -0.0), (1, 1.0000000000000002),
         (10**16 + 1, 1e16), (-(2**63), -9.223372036854776e18), (3, float("nan"))]
for i, f in cases:
    print(i < f, i <= f, i == f, i != f, i > f, i >= f)
print(2**53 + 1 == 2.0**53 + 1, 9007199254740993 == 9007199254740992.0)
print(sorted([2**53 + 1, float(2**53), 2**53]), max(2**53 + 1, float(2**53)))
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print({2**53 + 1: "a"}.get(float(2**53 + 1)), float(2**53 + 1) in {2**53})
print(10**20 == 1e20, 10**23 == 1e23, 10**22 == 1e22)
print(int(1e23), int(-1e22), int(2.0**63), int(-2.0**63))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1 < 2.0 < 3 < 4.5, -1 < -0.5 < 0 == -0.0)
