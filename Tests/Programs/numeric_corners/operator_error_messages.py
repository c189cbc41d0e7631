# TypeError messages for binary operators between incompatible built-in types.
import operator
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv), ("//", operator.floordiv),
       ("%", operator.mod), ("**", operator.pow), ("<<", operator.lshift), ("&", operator.and_), ("|", operator.or_),
       ("^", operator.xor), ("@", operator.matmul), ("<", operator.lt), (">=", operator.ge)]
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), (1.5, [1]), (b"x", "x"), ({1}, [1]), (1j, 1j), (3, None)]
for sym, fn in ops:
    out = []
    for a, b in pairs:
        try:
            r = fn(a, b)
            out.append(repr(r)[:12])
        except TypeError as e:
            out.append(str(e))
        except Exception as e:
            out.append(type(e).__name__)
    print(sym)
    for line in out:
        print("   ", line)
