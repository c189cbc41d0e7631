# List slice assignment and deletion for many slices, checked against a manual rebuild.
def manual_assign(lst, s, values):
    start, stop, step = s.indices(len(lst))
    if step == 1:
        stop = max(stop, start)
        return lst[:start] + list(values) + lst[stop:]
    idx = list(range(start, stop, step))
    out = lst[:]
    for i, v in zip(idx, values):
        out[i] = v
    return out
def manual_delete(lst, s):
    drop = set(range(*s.indices(len(lst))))
    return [v for i, v in enumerate(lst) if i not in drop]
bad, count = [], 0
for a in (None, -8, -2, 0, 2, 5, 8):
    for b in (None, -8, -2, 0, 3, 6, 8):
        for c in (None, 1, 2, -1, -3):
            s = slice(a, b, c)
            lst = list(range(6))
            n = len(lst[s])
            new = ["x"] * n if c not in (None, 1) else ["x", "y"]
            l2 = lst[:]
            l2[s] = new
            l3 = lst[:]
            del l3[s]
            count += 1
            if (l2 != manual_assign(lst, s, new) or l3 != manual_delete(lst, s)) and len(bad) < 5:
                bad.append((a, b, c, l2, l3))
print(count, bad)
