# range len/index/count/contains/reversed/slicing for many (start, stop, step) triples, against list(range).
bad = 0
count = 0
for start in (-7, -2, 0, 3, 10**12):
    for stop in (-9, 0, 4, 11, 10**12 + 5):
        for step in (-3, -1, 1, 2, 5):
            r = range(start, stop, step)
            l = list(r) if len(r) < 100 else None
            count += 1
            if l is None:
                bad += r[-1] != start + (len(r) - 1) * step or (start in r) != bool(len(r))
                continue
            bad += len(r) != len(l) or list(reversed(r)) != l[::-1] or bool(r) != bool(l)
            for v in (-5, 0, 1, 3, 4, start, stop):
                bad += (v in r) != (v in l) or r.count(v) != l.count(v)
                if v in l:
                    bad += r.index(v) != l.index(v)
            for s in (slice(None, None, -1), slice(1, -1), slice(None, None, 2), slice(-2, None, -3)):
                bad += list(r[s]) != l[s]
print(count, bad, range(10**12, 10**12 + 5, -1), len(range(-7, 10**12 + 5, 5)))
