# True division of ints is correctly rounded, also for big operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / 5, -0 / 5)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 10, 2 ** 100 / 2 ** 50)
print((2 ** 53 + 1) / 1, (10 ** 400) / (10 ** 399), 1 / (10 ** 300))
print(-(10 ** 50) / 3, 123456789 ** 3 / 987654321)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
