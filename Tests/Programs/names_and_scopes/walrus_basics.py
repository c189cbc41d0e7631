# Assignment expressions in conditions, loops, comprehensions and calls.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print("first big", v)
        break
print([y for x in data if (y := x * 2) > 10], y)
print(total := 0, [total := total + x for x in data], total)
def f(a):
    return a
print(f(z := 42), z)
print((w := 3) + w, w)
