# Comparisons of ints with floats, bools, huge values and nan/inf exactly.
big = 2**53 + 1
print(big == float(big), big > float(big), big < 2.0**53 + 2, float(big) == 2**53)
print(10**400 > float("inf"), 10**400 < float("inf"), -(10**400) > float("-inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan)
print(1 == 1.0, True == 1, False == 0.0, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63)
print(sorted([3, 1.5, True, -2, 2**70, -0.0, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 >= None
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != None, (1 < 2 < 3), (1 < 3 < 2))
