# f-string = specifier keeps the expression text and spacing, defaults to repr, and combines with !s/!a and specs.
x, s, f = 42, "hé", 2.5
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x=!s}", f"{s=}", f"{s=!s}", f"{s=!a}", f"{s=:*^6}", f"{f=:.3f}", f"{f=!r:>8}")
print(f"{x + 1=}", f"{[x, s]=}", f"{ x  =}", f"{x*2 = :05d}", f"{'lit'=}", f"{None=}", f"{s.upper()=}")
items = {"k": [1, 2]}
print(f"{items['k'][0]=}", f"{len(items)=:+}", f"{(lambda: 7)()=}", f"{x if x > 40 else 0=}")
