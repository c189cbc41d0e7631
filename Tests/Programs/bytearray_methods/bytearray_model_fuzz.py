# bytearray driven by pseudo-random append/insert/pop/slice ops matches a list-of-ints model.
state = 17
def nxt(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
ba, model = bytearray(), []
bad = 0
for step in range(3000):
    op = nxt(7)
    if op == 0:
        v = nxt(256); ba.append(v); model.append(v)
    elif op == 1:
        i, v = nxt(len(model) + 3) - 1, nxt(256); ba.insert(i, v); model.insert(i, v)
    elif op == 2 and model:
        i = nxt(len(model)); bad += ba.pop(i) != model.pop(i)
    elif op == 3:
        a, b = nxt(len(model) + 1), nxt(len(model) + 1)
        chunk = bytes(nxt(256) for _ in range(nxt(4)))
        ba[a:b] = chunk; model[a:b] = list(chunk)
    elif op == 4 and model:
        a, b = nxt(len(model) + 1), nxt(len(model) + 1)
        del ba[a:b]; del model[a:b]
    elif op == 5:
        ext = [nxt(256) for _ in range(nxt(3))]
        ba.extend(ext); model.extend(ext)
    else:
        bad += list(ba) != model
print(bad, len(ba), list(ba) == model, ba[:8].hex())
