# set.pop takes items in table order; repeated pops on int and str sets.
s = {10, 20, 3, 47, 5}
print([s.pop() for _ in range(5)], s)
t = set("abcdef")
out = []
while t:
    out.append(t.pop())
print(out)
u = set(range(50, 0, -7))
print(u.pop(), u.pop(), sorted(u))
