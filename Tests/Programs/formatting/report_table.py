# A formatted report: f-string column alignment, thousands separators, percentages and a totals row.
rows = [("Widgets", 1200, 3.5), ("Gadgets", 85, 12.25), ("Doohickeys", 10450, 0.99), ("Ünïcode", 7, 1000.0)]
total = sum(q * p for _, q, p in rows)
header = f"{'Item':<12}|{'Qty':>8}|{'Price':>10}|{'Amount':>14}|{'Share':>7}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    amount = qty * price
    print(f"{name:<12}|{qty:>8,}|{price:>10.2f}|{amount:>14,.2f}|{amount / total:>7.1%}")
print("=" * len(header))
print(f"{'Total':<12}|{sum(q for _, q, _ in rows):>8,}|{'':>10}|{total:>14,.2f}|{1:>7.0%}")
print("{:*^40}".format(" end "), "%-10s|%10.3e" % ("sci", total))
