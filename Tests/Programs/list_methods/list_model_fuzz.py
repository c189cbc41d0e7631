# A list driven by pseudo-random insert/pop/remove/index/reverse/sort ops matches a model built from slicing.
state = 23
def nxt(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
l, model = [], []
bad = 0
for step in range(3000):
    op = nxt(8)
    if op == 0:
        i, v = nxt(len(model) + 5) - 2, nxt(30)
        l.insert(i, v)
        j = max(0, min(len(model), i + len(model) if i < 0 else i))
        model = model[:j] + [v] + model[j:]
    elif op == 1 and model:
        i = nxt(len(model)) - (nxt(2) * len(model))
        bad += l.pop(i) != model[i]
        model = model[:i] + model[i + 1:] if i != -1 else model[:-1]
    elif op == 2:
        v = nxt(30)
        if v in model:
            l.remove(v)
            k = model.index(v)
            model = model[:k] + model[k + 1:]
    elif op == 3 and model:
        v = model[nxt(len(model))]
        s = nxt(len(model))
        want = next((k for k in range(s, len(model)) if model[k] == v), None)
        try:
            got = l.index(v, s)
        except ValueError:
            got = None
        bad += got != want
    elif op == 4:
        l.reverse()
        model = model[::-1]
    elif op == 5 and step % 50 == 0:
        l.sort()
        model = sorted(model)
    else:
        bad += l != model or l.count(3) != sum(1 for x in model if x == 3)
print(bad, len(l), l == model, l[:6])
