# Order of evaluation in calls with *args and **kwargs, duplicate keywords and non-mapping errors.
def show(*a, **k):
    return a, k
def v(x):
    print("eval", x)
    return x
print(show(v(1), *v([2, 3]), v(4), *v(()), k=v(5), **v({"m": 6}), z=v(7)))
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self):
        print("keys")
        return ["p", "q"]
    def __getitem__(self, k):
        print("getitem", k)
        return k * 2
print(show(**Mapping()))
try:
    show(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    print("gen start")
    yield 1
    print("gen end")
print(show(*gen(), v("after")))
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, *[2, 3], d=4), f(*"ab", c=3, **{"d": 4}))
for args, kw in [((1, 2), {"c": 3}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2, 3, 4), {}), ((1, 2, 3), {"d": 4, "e": 5})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
