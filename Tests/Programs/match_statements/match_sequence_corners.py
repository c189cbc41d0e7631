# Sequence patterns: ranges, subclasses, star wildcards read by index, literal comparisons.
class MyList(list):
    pass
class Tracing(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("  len")
        return super().__len__()
def show(x):
    match x:
        case (a, *_, b):
            return ("ends", a, b)
        case [*_]:
            return "empty"
        case _:
            return "not a sequence"
for v in ((1, 2, 3, 4, 5), range(3), MyList([7, 8]), "ab", b"ab", {"a": 1}, {1, 2}):
    print(show(v))
print(show(Tracing([1, 2, 3])))
match range(5):
    case [0, 1, *rest]:
        print(rest)
match [1, [2, 3], {"k": (4, 5)}]:
    case [x, [y, *z], {"k": (w, *_)}]:
        print(x, y, z, w)
match 1.0:
    case 1:
        print("1 == 1.0")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("no")
    case _:
        print("1 is not True")
match 0:
    case -0:
        print("negative zero literal")
match 3 + 4j:
    case 3 + 4j:
        print("complex literal")
match -2:
    case -1 | -2 as n:
        print("negative", n)
class Color:
    RED = 1
match 1:
    case Color.RED:
        print("dotted value")
match (1, 2):
    case (1, 2) | [3, 4] as pair:
        print(pair)
