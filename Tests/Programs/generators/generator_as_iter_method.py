# __iter__ written as a generator gives a fresh iterator for each loop.
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
r = Range2D(3, 2)
print(list(r))
print(len(list(r)), (2, 1) in r, (3, 0) in r)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
class Tree:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            if isinstance(item, Tree):
                yield from item
            else:
                yield item
print(list(Tree(1, Tree(2, Tree(3)), 4)), sorted(Tree(5, Tree(1, 9))))
