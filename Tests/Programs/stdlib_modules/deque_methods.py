# collections.deque (from _collections, its native home): every method, bounded deques,
# operators, comparisons, errors, and mutation during iteration.
from _collections import deque, defaultdict
def t(f):
    try: r = f(); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([7, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(100); print(d)
print(d.count(1), d.index(2), d.index("a", 2), list(reversed(d)))
d.insert(1, "x"); d.insert(-1, "y"); d.insert(100, "z"); print(d)
d.remove("x"); print(d); d.reverse(); print(d)
d[0] = "first"; del d[1]; print(d, d.copy(), d == d.copy(), d is d.copy())
b = deque(range(5), maxlen=3); print(b, b.maxlen, deque().maxlen)
b.append(9); print(b); b.appendleft(-1); print(b); b.extend([10, 11]); print(b)
t(lambda: b.insert(0, 1))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque("ab"), deque("ab") * 0)
e = deque([1, 2], maxlen=3); e *= 3; print(e); e += [5]; print(e)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
t(lambda: deque([1]) + [2])
t(lambda: deque().pop()); t(lambda: deque().popleft()); t(lambda: deque([1]).index(5)); t(lambda: deque([1]).remove(5))
t(lambda: deque([1])[5]); t(lambda: deque([1])["a"]); t(lambda: deque([1])[0:1]); t(lambda: deque(maxlen=-1)); t(lambda: hash(deque()))
def mut():
    q = deque([1, 2, 3])
    for x in q: q.append(x)
t(mut)
q = deque(); q.append(q); print(q)
class D(deque):
    pass
s = D([1, 2], maxlen=4); print(s, type(s.copy()).__name__, s.copy(), s + deque([5]))
dq = deque("abc"); dq.clear(); print(dq, bool(dq), deque("xy").__copy__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, deque.__name__, deque.__module__, deque)
big = deque()
for i in range(1000): big.appendleft(i)
for i in range(500): big.pop()
print(sum(big), big[0], big[-1], len(big))
