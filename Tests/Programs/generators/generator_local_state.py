# Each generator object keeps its own locals across yields; several can be interleaved.
def accumulate(label):
    total = 0
    count = 0
    while True:
        value = yield f"{label}: total={total} count={count}"
        total += value
        count += 1
a = accumulate("a")
b = accumulate("b")
print(next(a), next(b))
print(a.send(5), b.send(100), a.send(7))
print(b.send(1), a.gi_frame.f_locals["total"], b.gi_frame.f_locals["count"])
def fib_pairs():
    x, y = 0, 1
    while True:
        yield x, y
        x, y = y, x + y
g1, g2 = fib_pairs(), fib_pairs()
for _ in range(5):
    next(g1)
print(next(g1), next(g2))
def interleave(*gens):
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive
print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
