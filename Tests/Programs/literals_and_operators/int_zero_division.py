# Division by zero messages for int and float //, %, /, divmod and pow.
cases = [
    lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0),
    lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 1.0 / 0, lambda: divmod(1.5, 0.0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (10 ** 30) // 0, lambda: (10 ** 30) / 0,
    lambda: pow(0, -2),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
