# Sorting uses only __lt__; cmp_to_key adapts comparison functions; errors mid-sort.
import functools
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"Item({self.n})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]), min(Item(5), Item(4)))
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_reverse_alpha(a, b):
    return len(a) - len(b) or cmp(b, a)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=functools.cmp_to_key(by_len_then_reverse_alpha)))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError", e)
xs = [3, 2, 1]
def modifying_key(x):
    xs.append(0)
    return x
try:
    xs.sort(key=modifying_key)
except ValueError as e:
    print("ValueError", e)
def failing_key(x):
    if x == 2:
        raise KeyError("key failed")
    return x
ys = [3, 2, 1]
try:
    ys.sort(key=failing_key)
except KeyError as e:
    print("KeyError", e, ys)
