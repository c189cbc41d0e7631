# Thousands grouping with , and _ (and _ every 4 hex digits) matches a manual grouping for many ints and floats.
def group(digits, size, sep):
    out = []
    while len(digits) > size:
        out.insert(0, digits[-size:])
        digits = digits[:-size]
    out.insert(0, digits)
    return sep.join(out)
state = 5
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
bad = 0
for _ in range(1000):
    n = (nxt() >> (nxt() % 64)) * (-1 if nxt() % 2 else 1)
    sign = "-" if n < 0 else ""
    bad += format(n, ",") != sign + group(str(abs(n)), 3, ",")
    bad += format(n, "_") != sign + group(str(abs(n)), 3, "_")
    bad += format(n, "_x") != sign + group(format(abs(n), "x"), 4, "_")
    bad += format(n, "_b") != sign + group(format(abs(n), "b"), 4, "_")
    f = n / 1000
    ip, fp = format(abs(f), ".3f").split(".")
    bad += format(f, ",.3f") != ("-" if f < 0 else "") + group(ip, 3, ",") + "." + fp
print(bad, format(-1234567.891, ",.2f"), format(2**40, "_o"), format(123, "08,"), format(1234, "010_"))
