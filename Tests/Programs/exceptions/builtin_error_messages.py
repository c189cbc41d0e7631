# Messages of common built-in errors: lookups, attributes, calls, conversions.
class Thing:
    pass
five, s, none, empty = 5, "s", None, []
cases = [lambda: {}["k"], lambda: [][0], lambda: ()[1], lambda: [1].pop(5), lambda: [].pop(),
         lambda: {}.popitem(), lambda: set().pop(), lambda: [1, 2].index(3), lambda: "abc".index("z"),
         lambda: (5).foo, lambda: Thing().missing, lambda: Thing.missing, lambda: None.x,
         lambda: "x".nope(), lambda: five(), lambda: s(), lambda: none[0], lambda: five[0],
         lambda: {}[[]], lambda: [1, 2, 3][1:2:0], lambda: [].remove(1), lambda: int.missing,
         lambda: (1, 2).append(3), lambda: empty[None], lambda: s["1"]]
for i, case in enumerate(cases):
    try:
        case()
    except Exception as e:
        print(i, type(e).__name__, e)
