# Parsing text records with split/strip/int/float and reporting conversion errors per line.
data = """name, age, score
alice, 30, 88.5
bob, x, 70
 carol ,41,  91.25
dave, 25
eve, -3, 1e2
frank, 0x1F, nan
"""
lines = data.strip().splitlines()
header = [h.strip() for h in lines[0].split(",")]
good = []
for lineno, line in enumerate(lines[1:], 2):
    parts = [p.strip() for p in line.split(",")]
    try:
        if len(parts) != len(header):
            raise ValueError(f"expected {len(header)} fields, got {len(parts)}")
        rec = dict(zip(header, parts))
        rec["age"] = int(rec["age"])
        rec["score"] = float(rec["score"])
        good.append(rec)
    except ValueError as e:
        print(f"line {lineno}: {type(e).__name__}: {e}")
for r in sorted(good, key=lambda r: r["score"] if r["score"] == r["score"] else -1, reverse=True):
    print(f"{r['name']:>6} {r['age']:>4} {r['score']:8.2f}")
print(sum(r["age"] for r in good), round(sum(r["score"] for r in good[:3]) / 3, 3))
