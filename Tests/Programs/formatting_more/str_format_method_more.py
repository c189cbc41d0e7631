# str.format: auto/manual numbering, attribute/index fields, conversions, escapes and errors.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x} {y[0]} {y[1][k]}".format(x=1, y=[0, {"k": "v"}]))
print("{0.real} {0.imag}".format(3 + 4j), "{.__class__.__name__}".format(1.5), "{0[-1]}".format({"-1": "str key"}))
print("{!r} {!s} {!a}".format("x", "y", "\xe9"), "{0!r:>6}".format("z"), "{:}".format(5), "{{{}}}".format(7))
print("{0[0]}{0[1]}".format("ab"), "{a[1]}".format(a=(5, 6)), "{:{}}".format(3, 4), "{:>{w}}".format("w", w=3))
for fmt, args, kwargs in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
                          ("{", (), {}), ("}", (), {}), ("{!}", (1,), {}), ("{0!x}", (1,), {}), ("{0.}", (1,), {}),
                          ("{0[}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.nope}", (1,), {}),
                          ("{0[5]}", ([1],), {}), ("{a.b}", (), {"a": 1}), ("{0[a]}", ([1],), {}), ("{:d}", ("s",), {})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0}{0}".format(*["once"]), "{k}".format_map({"k": "mapped"}), "{}".format(*range(1)))
class M(dict):
    def __missing__(self, key):
        return key.upper()
print("{a} {b}".format_map(M(a="x")))
try:
    "{a}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
