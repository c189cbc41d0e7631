# format(x, spec) agrees with '%' formatting for equivalent specs over pseudo-random floats and ints.
state = 11
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
floats = [(nxt() % 10**9 - 5 * 10**8) / 10 ** (nxt() % 12) for _ in range(300)] + [float.fromhex(f"0x1.{nxt() % 16**13:013x}p{nxt() % 200 - 100}") for _ in range(100)]
bad = []
for x in floats:
    for p in (0, 1, 3, 6, 10, 17):
        for code in "efgEG":
            a, b = format(x, f".{p}{code}"), f"%.{p}{code}" % x
            if a != b:
                bad.append((x, p, code, a, b))
ints = [nxt() >> (nxt() % 64) for _ in range(200)]
for n in ints:
    for code in "doxX":
        if format(n, code) != f"%{code}" % n or format(-n, f"#{code}" if code != "d" else code) != (f"%#{code}" if code != "d" else "%d") % -n:
            bad.append((n, code))
print(len(floats), len(ints), bad[:4])
print(format(floats[0], ".17g"), format(floats[-1], ".10e"), "%.3f" % floats[5], format(ints[3], ",d"))
