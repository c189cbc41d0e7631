# Which builtins accept keyword arguments: int(base=), sorted(key=, reverse=), print(sep=), and positional-only errors.
print(int("11", base=2), sorted([3, 1], reverse=True), min([1, 2], key=lambda v: -v), round(number=2.567, ndigits=1))
print(str(object=5), str(b"x", encoding="ascii"), bytes("é", encoding="utf-8"), pow(base=2, exp=3), divmod(7, 2), enumerate(iterable="ab", start=1).__next__())
print(list(zip("ab", "cd", strict=True)), sum([1], start=1), max([], default=0), "a,b".split(sep=","), "abc".encode(encoding="ascii"))
for f in (lambda: len(obj=[1]), lambda: abs(x=1), lambda: int(x="7"), lambda: isinstance(obj=1, class_or_tuple=int), lambda: "a".find(sub="a"),
          lambda: [].append(object=1), lambda: divmod(x=1, y=2), lambda: {}.get(key=1), lambda: ord(c="a"), lambda: chr(i=65)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
