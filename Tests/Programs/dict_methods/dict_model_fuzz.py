# A dict driven by pseudo-random operations matches a list-of-pairs model (order, lookups, pops).
state = 5
def nxt(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
d, model = {}, []
def mfind(k):
    for i, (kk, _) in enumerate(model):
        if kk == k:
            return i
    return -1
mismatch = 0
for step in range(3000):
    op, k = nxt(4), nxt(60)
    key = k if k % 3 else str(k)
    if op < 2:
        d[key] = step
        i = mfind(key)
        if i >= 0:
            model[i] = (key, step)
        else:
            model.append((key, step))
    elif op == 2:
        r = d.pop(key, None)
        i = mfind(key)
        mr = model.pop(i)[1] if i >= 0 else None
        mismatch += r != mr
    else:
        mismatch += d.get(key) != (model[mfind(key)][1] if mfind(key) >= 0 else None)
    if step % 500 == 0 and d:
        k2, v2 = d.popitem()
        mismatch += (k2, v2) != model.pop()
print(mismatch, len(d), list(d.items()) == model, list(d)[:5])
