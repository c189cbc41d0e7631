# Set order for str, tuple and mixed members (str hashes are fixed by PYTHONHASHSEED=0),
# frozensets, set() of dicts and of sets, and order after clear/discard/re-add.
words = "the quick brown fox jumps over the lazy dog and keeps running far away".split()
s = set(words)
print(s)
print(frozenset(words))
print({w.upper() for w in words})
print(set(w[::-1] for w in words))
t = {(i, i * i) for i in range(12)}
print(t)
print({(w, len(w)) for w in words[:6]})
d = {w: len(w) for w in words}
print(set(d), set(d.values()), set(d.items()))
s2 = set(s)
print(s2 == s, list(s2) == list(s))
s.clear(); print(s)
s.update(words[:4]); print(s)
for w in words[:4]:
    s.discard(w)
    s.add(w + "!")
print(s)
fs = frozenset({'a', 'b', 'c', 'd', 'e', 'f', 'g'})
print(fs | {'h'}, fs & {'a', 'g', 'z'}, fs - {'a'}, fs ^ {'a', 'z'})
print(sorted(fs), len(fs))
print({1, 'a', 2, 'b', 3, 'c'}, set([1, 'a', 2, 'b', 3, 'c']))
x = set()
for i in range(200):
    x.add(i * 37 % 101)
    if i % 3 == 0:
        x.discard(i * 11 % 101)
print(x)
print(list(x)[:10], x.pop(), x.pop(), len(x))
big = set(range(0, 10000, 7))
print(len(big), list(big)[:8], list(big)[-8:])
print({2 ** 62, 2 ** 61 + 3, -1, -2, 10 ** 20})
print(set('mississippi'), frozenset(b'bytes'))
