# Index errors of lists, tuples and strings, and assignment/deletion out of range.
xs = [1, 2, 3]
cases = [lambda: xs[3], lambda: xs[-4], lambda: xs.__setitem__(3, 0), lambda: xs.__delitem__(-4),
         lambda: (1,)[1], lambda: "ab"[2], lambda: xs["0"], lambda: xs[1.0], lambda: [].pop(0),
         lambda: xs.insert("a", 1), lambda: xs[10 ** 30], lambda: range(3)[3], lambda: b"ab"[5]]
for i, case in enumerate(cases):
    try:
        case()
    except (IndexError, TypeError) as e:
        print(i, type(e).__name__, e)
print(xs[-3], xs[2], xs[True])
