# Money in integer cents: divmod splitting, rounding half-even of shares, and formatting with separators.
def fmt(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"
prices = [1999, 250, 100000, -4550, 1, 0, 123456789]
print([fmt(p) for p in prices], fmt(sum(prices)))
total = 10000
shares = [1, 1, 1]
base, rem = divmod(total, sum(shares))
split = [base * s for s in shares]
for i in range(rem):
    split[i] += 1
print(split, sum(split) == total, [fmt(x) for x in split])
for rate in (7, 8.25, 19.6):
    tax = round(12345 * rate / 100)
    print(rate, tax, fmt(tax), fmt(12345 + tax), f"{rate / 100:.2%}")
print(round(0.125 * 100), round(0.375 * 100), -7 // 2, -7 % 2, divmod(-705, 100), fmt(-705))
