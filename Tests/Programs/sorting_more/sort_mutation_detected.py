# list.sort detects the list being mutated by key functions or comparisons.
data = [3, 1, 2]
def key_appends(x):
    data.append(x)
    return x
try:
    data.sort(key=key_appends)
except ValueError as e:
    print(type(e).__name__, e)
print(data)

lst = [5, 4, 3, 2, 1]
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst.clear()
        return self.v < other.v
lst = [Evil(i) for i in range(5)]
try:
    lst.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(lst))

seen = []
def peek(x):
    seen.append(len(items))
    return x
items = [2, 1, 3]
items.sort(key=peek)
print(items, seen)
items = [3, 2, 1]
def empty_during(x):
    seen.append(list(items))
    return -x
seen = []
items.sort(key=empty_during)
print(items, seen)
