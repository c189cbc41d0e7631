# Sequence patterns: fixed length, starred captures, nesting; strings and bytes are not sequences here.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first {first}, middle {middle}, last {last}"
        case [0, *_]:
            return "starts with zero"
        case [*all_items]:
            return f"long: {len(all_items)}"
print([shape(x) for x in ([], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], [0, 1, 2, 3, 4], range(7))])
def kind(x):
    match x:
        case (a, (b, c)):
            return ("nested", a, b, c)
        case [str() as s, *rest]:
            return ("starts with str", s, rest)
        case _:
            return ("no match", x)
for v in ((1, (2, 3)), ["x", 1], "abc", b"ab", {"k": 1}, (1, 2, 3), iter([1, 2])):
    print(kind(v) if not hasattr(v, "__next__") else kind(v)[0])
