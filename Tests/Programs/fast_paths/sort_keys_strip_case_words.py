# Sorting's direct key comparisons (ints, floats, strs, tuples of them, NaN, mixed
# types), strip with a Latin-1 set, ASCII case maps, one-word int shifts and masks, and
# str.count of one Latin-1 character with bounds.
import math
nan = float('nan')
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), (1, 'a', 0)]))
print(sorted([3.5, 1.0, -2.0, 1e300, -0.0, 0.0]))
print(sorted([(nan, 1), (nan, 0)]))
x = nan
print(sorted([(x, 2), (x, 1)]))
print(sorted(['b', 'a', 'ä', 'é€', 'é', '', 'ab']))
print(sorted([(2, 'x'), (1, 2.5), (1, 2)]))
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print([k[0].v for k in sorted([(K(2), 1), (K(1), 2), (K(2), 0)])])
print(sorted([1, 2**70, -2**70, 5, True, 2.5]))
print(sorted(range(20), key=lambda i: (i % 3, -i), reverse=True))
print(' ,,x,y;; '.strip(' ,;'), 'ééxé'.strip('é'), 'a€b€'.strip('€'), 'xyz'.strip('€x'), 'abc'.lstrip(''), '  a '.rstrip(None))
print('HeLLo Wörld'.lower(), 'hello'.upper(), 'hELLO wORLD'.capitalize(), ''.capitalize(), 'ABC'.lower())
for a in [0, 1, 2**60, 2**63, 2**64-1, 2**64, 2**64+5, -1, -2**63, -2**64]:
    print(a >> 3, a >> 63, a >> 64, a >> 100, a & 0xFFFFFFFFFFFFFFFF, a | 2**62, a ^ (2**64-1), a & 7)
try: 'x'.lower(1)
except TypeError as e: print(e)
try: 'x'.strip(1)
except TypeError as e: print(e)
try: [].sort(foo=1)
except TypeError as e: print(e)
t = "a\nbb\n\nccc\né\n"
print(t.count("\n"), t.count("\n", 2), t.count("\n", 2, 5), t.count("\n", -3), t.count("\n", 10, 2), t.count("é"), t.count("€"), "x€x".count("x"), t.count(""), t.count("\n", None, -1))
print("aaaa".count("a", 1, 100), "".count("a"), "abc".count("c", 3))
