# str.format with nested replacement fields in the spec, conversions, and auto/manual numbering.
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3), "{0:{1}{2}}|".format("x", "^", 7), "{:{}{}{}}|".format(5, "*", ">", 4))
print("{!r:>8}|{!s:<8}|{!a:^8}|".format("é", "é", "é"), "{0!r}{0!s}".format(1.5), "{x!r:{y}}".format(x="q", y=5))
print("{0[1]}{0[0]}{1.real}".format("ab", 3j), "{[a]}".format({"a": 1}), "{0[-1]}".format({"-1": "neg"}))
for fmt in ("{}{0}", "{0}{}", "{:{:{}}}", "{0!}", "{0!rr}", "{0:{1}}"):
    try:
        print(repr(fmt.format(1, 2, 3)))
    except (ValueError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{0[0]}".format(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{0.nope}".format(5)
except AttributeError as e:
    print(type(e).__name__, e)
print("{0:}{1:}".format("a", "b"), "{{{0}}}".format(9), "}}{{".format())
