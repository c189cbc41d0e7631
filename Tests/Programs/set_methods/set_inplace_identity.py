# In-place set operators keep identity for set and rebind for frozenset; set methods return new sets.
s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 4}
s -= {4}
s ^= {5}
print(s, alias is s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
print(s.__ior__({9}) is s, s.__or__([1]), s.__or__({1}), s.union([7]) is s, s.copy() is s)
class S(set):
    pass
x = S({1})
y = x | {2}
x |= {3}
print(type(y).__name__, type(x).__name__, x, y, type(x.union()).__name__, type(x.copy()).__name__)
