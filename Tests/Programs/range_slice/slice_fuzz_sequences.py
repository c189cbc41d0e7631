# Slicing list/tuple/str/bytes/range with every start/stop/step combo in a window, against a manual implementation.
def manual(seq, start, stop, step):
    n = len(seq)
    idx = range(*slice(start, stop, step).indices(n))
    return [seq[i] for i in idx]
base = list(range(7))
vals = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
steps = [None, 1, 2, 3, -1, -2, -4]
bad = []
count = 0
for a in vals:
    for b in vals:
        for c in steps:
            want = manual(base, a, b, c)
            s = slice(a, b, c)
            got = [base[s], list(tuple(base)[s]), [int(ch) for ch in "0123456"[s]], list(bytes(base)[s]), list(range(7)[s]), list(bytearray(base)[s])]
            count += 1
            if any(g != want for g in got) and len(bad) < 5:
                bad.append((a, b, c, want, got))
print(count, bad)
print(slice(-9, 9, 2).indices(7), slice(None, None, -1).indices(0), slice(3, None, -4).indices(7), slice(10**20, -10**20, -1).indices(5))
