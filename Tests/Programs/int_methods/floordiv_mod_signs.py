# Signs of //, % and divmod for ints of every sign, plus zero division.
for a in (7, -7, 0, 13, -13, 10**20 + 3, -(10**20 + 3)):
    for b in (3, -3, 1, -1, 10**10):
        print(a, b, a // b, a % b, divmod(a, b), divmod(a, b) == (a // b, a % b))
for a in (1, 0, -1):
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // 0
            elif op == "%":
                a % 0
            else:
                divmod(a, 0)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(True // True, True % 2, divmod(False, True))
