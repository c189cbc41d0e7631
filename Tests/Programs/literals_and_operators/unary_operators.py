# Unary -, +, ~ on ints, floats, bools, big ints; errors for unsupported types.
for v in (0, 5, -5, 2 ** 80, True, 0.0, -1.5):
    r = [-v, +v]
    if not isinstance(v, float):
        r.append(~v)
    print(repr(v), r)
for name, f in [("-'a'", lambda: -"a"), ("~1.5", lambda: ~1.5), ("+[]", lambda: +[]),
                ("~None", lambda: ~None)]:
    try:
        f()
    except TypeError as e:
        print(name, "TypeError", e)
