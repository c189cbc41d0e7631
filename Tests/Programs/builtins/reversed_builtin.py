# reversed: sequences, ranges, dicts and their views, __reversed__, and non-reversible inputs.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__, type(reversed(range(2))).__name__)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Seq())))
for bad in ({1, 2}, iter([1]), 5, (x for x in "ab")):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
