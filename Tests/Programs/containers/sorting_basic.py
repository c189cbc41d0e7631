# sorted() and list.sort(): keys, reverse, mixed numbers, strings, tuples, errors.
nums = [5, -2, 9, 0, 3.5, -7, 2 ** 70]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted("hello"), sorted({3: 1, 1: 2}))
xs = [3, 1, 2]
print(xs.sort(), xs)
xs.sort(key=lambda x: -x)
print(xs)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
print(sorted([]), sorted([1]), sorted([[2], [1, 5], [1]]), sorted([True, False, 0, 1]))
