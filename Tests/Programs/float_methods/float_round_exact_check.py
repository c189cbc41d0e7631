# round(x, n) is correctly rounded (half-even on the exact binary value); checked with integer arithmetic.
def exact_round(x, n):
    num, den = x.as_integer_ratio()
    scaled_num = num * 10**n if n >= 0 else num
    scaled_den = den if n >= 0 else den * 10**(-n)
    q, r = divmod(scaled_num, scaled_den)
    if 2 * r > scaled_den or (2 * r == scaled_den and q % 2 == 1):
        q += 1
    return float(q) / 10**n if n >= 0 else float(q * 10**(-n))
state = 99
def nxt():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state
ok, bad = 0, []
for _ in range(2000):
    x = (nxt() - 2**30) / (nxt() % 1000 + 1) / 7
    n = nxt() % 8 - 2
    want, got = exact_round(x, n), round(x, n)
    if want == got:
        ok += 1
    elif len(bad) < 5:
        bad.append((x, n, want, got))
print(ok, bad)
for x, n in ((2.675, 2), (0.285, 2), (1.0005, 3), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (12345.6789, -2), (5e-324, 5)):
    print(x, n, round(x, n), exact_round(x, n))
