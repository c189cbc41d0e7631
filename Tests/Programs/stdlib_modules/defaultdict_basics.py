# collections.defaultdict (from _collections): __missing__, repr, copy, |, subclasses,
# and _count_elements.
from _collections import deque, defaultdict
def t(f):
    try: r = f(); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; print(dd, dd["a"], "c" in dd, dd.get("c"), len(dd))
dc = defaultdict(int, {"x": 1}, y=2); dc["z"] += 5; print(dc, dc.default_factory)
dn = defaultdict(); print(dn, dn.default_factory); t(lambda: dn["k"])
t(lambda: defaultdict(1))
cp = dd.copy(); print(type(cp).__name__, cp, cp == dd, cp is dd)
dd.default_factory = set; dd["s"].add(3); print(dd)
print(defaultdict(int, a=1) | {"b": 2}, {"q": 0} | defaultdict(str, a=1), isinstance(dd, dict))
class DD(defaultdict):
    pass
x = DD(int); x[1] += 1; print(x, type(x.copy()).__name__)
r = defaultdict(lambda: 5); print(r[0], repr(r).startswith("defaultdict(<function <lambda>"))
import _collections
cnt = {}; _collections._count_elements(cnt, "abracadabra"); print(cnt)
