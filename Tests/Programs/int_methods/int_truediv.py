# int / int true division: exactly rounded, huge operands and overflow.
print(1 / 3, 2 / 3, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 10 / 4)
print(10**30 / 10**10, (10**400) / (10**399), 1 / 10**400, -1 / 10**400)
print(2**1023 / 1, (2**1024 - 1) // 1 / 2)
try:
    print(2**1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((2**53 + 1) / 1, (2**60 + 1) / 3, 12345678901234567890 / 10)
print(True / 2, type(4 / 2).__name__, 4 / 2)
