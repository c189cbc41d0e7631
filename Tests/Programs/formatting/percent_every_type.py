# %s/%r/%a/%d/%f/%x applied to every built-in type: results or the exact TypeError.
vals = [0, -5, True, 2.5, 1j, "é", b"b", bytearray(b"x"), [1], (1,), {"k": 1}, {1}, frozenset(), range(2), None, ..., slice(1)]
for code in ("%s", "%r", "%a", "%d", "%f", "%x", "%c", "%5.1s|"):
    row = []
    for v in vals:
        try:
            row.append(code % (v,))
        except (TypeError, ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(code, row)
