# for uses __iter__/__next__, or falls back to __getitem__ until IndexError.
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(4)], sum(Count(10)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())
for v in Seq():
    print(v, end=" ")
print()
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError", e)
c = Count(2)
print(list(c), list(c))
