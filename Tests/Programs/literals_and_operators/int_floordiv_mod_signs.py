# Floor division and modulo for all sign combinations follow floor semantics.
for a in (7, -7, 6, -6, 0, 1, -1):
    for b in (3, -3, 2, -2, 1, -1, 7, -7):
        q, r = a // b, a % b
        assert q * b + r == a
        print(f"{a:3} //{b:3} = {q:3}   %{b:3} = {r:3}   divmod={divmod(a, b)}")
