# Shift corners: negative counts raise ValueError, huge right shifts, shifts of negatives.
for a, b in [(1, 0), (1, 63), (1, 64), (-1, 64), (-3, 1), (7, 1000), (-7, 1000)]:
    print(a, b, a << b if b < 200 else "skip", a >> b)
for name, f in [("1 << -1", lambda: 1 << -1), ("1 >> -1", lambda: 1 >> -1),
                ("big << -5", lambda: (10 ** 30) << -5)]:
    try:
        f()
    except ValueError as e:
        print(name, "->", type(e).__name__, e)
print(0 << 10000, (2 ** 100) >> 98, -(2 ** 100) >> 98)
