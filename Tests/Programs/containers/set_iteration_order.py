# Set iteration order is CPython's hash table order: adds, removes (dummies), resizes, pop,
# operators and methods (which set is copied or iterated), literals, comprehensions.
print({3, 1, 2})
print({'b', 'a', 'c', 'hello', 'world'})
s = set()
for i in [5, 100, 37, 8, 64, 1000, -3, 2**40, 17, 9, 33]:
    s.add(i)
    print(s)
for i in [100, 8, 2**40]:
    s.discard(i)
print(s, list(s))
s.add(8)
print(s)
while s:
    print(s.pop(), end=' ')
print()
a = {1, 2, 3, 40, 50, 60, 'x', 'y'}
b = {3, 50, 'y', 'z', 99, 1000}
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a.union([7, 8], (9,)), a.intersection(b, [3, 50]), a.difference([1], {2}), a.symmetric_difference([3, 4]))
print({x * 7 for x in range(20)})
print(frozenset([(1, 2), (3, 4), 'a', 'b', 2.5, True]))
print(set('abracadabra'), frozenset('simsalabim'))
c = a.copy(); print(c)
c |= {100, 200}; print(c)
c &= {1, 2, 100, 'x'}; print(c)
c ^= {2, 3}; print(c)
c -= {3}; print(c)
print(set(range(100)) - set(range(0, 100, 3)))
d = dict.fromkeys('qwertyuiop', 1)
print(set(d), set(d.keys()), {*d, 'z'})
s = set(range(50))
for i in range(0, 50, 2): s.remove(i)
print(s)
s.update(range(100, 120)); print(s)
print(sorted(s) == sorted(list(s)), len(s))
x = {1.5, 2.5, -1, 0, 'k'}
print(x, {(): 1}.keys() | {3})
it = iter({1, 2})
next(it)
s2 = {1, 2}
try:
    for v in s2:
        s2.add(v + 10)
except RuntimeError as e:
    print(e)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), type({3} | frozenset({1})))
print({1, 2} == frozenset({2, 1}), {1} < {1, 2}, {1, 2} >= {2})
print(frozenset({1,2}) in {frozenset({1,2})}, {1,2} in {frozenset({1,2})})
s = {frozenset({1, 2})}; s.discard({1, 2}); print(s)
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
