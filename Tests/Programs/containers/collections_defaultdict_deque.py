# collections.defaultdict and deque basics.
from collections import defaultdict, deque
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
dq = deque([1, 2, 3], maxlen=4)
dq.append(4); dq.append(5); dq.appendleft(0)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(1)
print(dq, dq.pop(), dq.popleft(), dq)
d2 = deque()
d2.extend("ab"); d2.extendleft("xy")
print(d2, list(reversed(d2)), d2.count("a"), d2.index("a"))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
