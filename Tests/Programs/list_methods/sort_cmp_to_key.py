# functools.cmp_to_key with list.sort/sorted/min/max, comparison functions returning any int, and errors.
from functools import cmp_to_key
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)), sorted(words, key=cmp_to_key(by_len_then_rev), reverse=True))
nums = [5, -3, 10, 0, -3, 7]
nums.sort(key=cmp_to_key(lambda a, b: abs(a) - abs(b)))
print(nums, min(nums, key=cmp_to_key(lambda a, b: b - a)), max(words, key=cmp_to_key(by_len_then_rev)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
def bad(a, b):
    return "x"
try:
    sorted([2, 1], key=cmp_to_key(bad))
except TypeError as e:
    print(type(e).__name__, e)
