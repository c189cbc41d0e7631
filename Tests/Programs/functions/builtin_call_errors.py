# TypeError messages when calling builtins with wrong arguments.
calls = [lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs("x"), lambda: isinstance(1),
         lambda: sorted(), lambda: sorted([1], key=1, foo=2), lambda: ord("ab"), lambda: chr("a"),
         lambda: divmod(1), lambda: [].append(), lambda: {}.get(), lambda: "".join(1),
         lambda: int("1", base=2, x=1), lambda: range(), lambda: range(1.5), lambda: iter(5),
         lambda: next([]), lambda: hash([]), lambda: getattr(1), lambda: min(), lambda: max(1)]
for i, call in enumerate(calls):
    try:
        call()
    except TypeError as e:
        print(i, e)
