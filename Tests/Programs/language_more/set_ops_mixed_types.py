# set/frozenset operators vs methods: operand types, result types, in-place identity, comparisons.
s = {1, 2, 3}
fs = frozenset({2, 3, 4})
print(s | fs, type(s | fs).__name__, type(fs | s).__name__, fs & s, type(fs & s).__name__, s - fs, fs ^ s)
print(s.union([5], (6,), "7"), fs.intersection(range(3)), s.difference(), type(fs.union()).__name__, s.symmetric_difference("12"))
for op in ["s | [1]", "s & (1,)", "s - 'a'", "s ^ range(2)", "s < [1]", "s <= 5"]:
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, type(e).__name__, e)
t = s
t |= {9}
print(t is s, s)
t = fs
t |= {9}
print(t is fs, t, fs)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} > set(), {1, 2} == frozenset({1, 2}), {1} != {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint("1"), set() <= set(), frozenset() == set())
a = {1, 2, 3}
a -= {2}
a &= {1, 3, 4}
a ^= {5, 1}
print(a)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({3, 1} | {2}), {1.0, 1, True}, {0, False, 0.0, -0.0}, len({float("nan"), float("nan")}))
x = set("abracadabra")
print(sorted(x), sorted(x - set("abc")), sorted(set("ab") | frozenset("cd")))
class MySet(set):
    pass
print(type(MySet([1]) | {2}).__name__, type({2} | MySet([1])).__name__, type(MySet([1]).copy()).__name__)
