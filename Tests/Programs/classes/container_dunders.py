# Container protocol: __len__, __getitem__ (ints, slices, tuples), __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("  getitem", key)
        if isinstance(key, (slice, tuple)) or key is ...:
            return key
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("  delitem", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[1, 2] = "a"
g[3] = "b"
print(g[1, 2], g[0], g[1:5], g[::2], g[1:2, 3], g[...])
print(len(g), (1, 2) in g, 7 in g, 7 not in g)
del g[3]
print(len(g))
try:
    del g[99]
except KeyError as e:
    print("KeyError", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(Rev()), list(reversed(Rev())), 2 in Rev())
