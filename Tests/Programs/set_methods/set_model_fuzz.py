# A set driven by pseudo-random add/discard/ops matches a sorted-list model (contents only, not order).
state = 9
def nxt(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
s, model = set(), []
bad = 0
for step in range(3000):
    op, v = nxt(5), nxt(80) - 40
    if op < 2:
        s.add(v)
        if v not in model:
            model.append(v)
    elif op == 2:
        s.discard(v)
        if v in model:
            model.remove(v)
    elif op == 3:
        bad += (v in s) != (v in model)
    else:
        other = {nxt(80) - 40 for _ in range(10)}
        bad += sorted(s & other) != sorted(x for x in model if x in other)
        bad += sorted(s - other) != sorted(x for x in model if x not in other)
print(bad, len(s), sorted(s) == sorted(model), sum(s) == sum(model))
