# list.sort is stable with key and reverse; reverse keeps equal items in original order.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
l = data[:]
l.sort(key=lambda t: t[1], reverse=True)
print(l == sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
big = [(i % 7, i) for i in range(100)]
print(sorted(big, key=lambda t: t[0]) == sorted(big, key=lambda t: (t[0], t[1])))
print(sorted([]), sorted([1]), sorted("cba"), sorted({3: 1, 1: 2}), sorted((2.5, 1, True)))
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
