# str.format_map with dicts and __missing__, and format() with positional/attribute/item lookups.
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a=1)), "{x[0]}".format_map({"x": [5]}))
class P:
    x = 3
    y = [10, 20]
print("{0.x} {0.y[1]} {1[k]} {1[0]}".format(P(), {"k": "v", "0": "z", 0: "int"}))
print("{} {} {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"), "{{}} {}".format("lit"), "{:{}}|".format("x", 5))
for fmt, args in (("{}{1}", (1, 2)), ("{2}", (1,)), ("{a}", ()), ("{", ()), ("}", ()), ("{0[}", (1,)), ("{!x}", (1,)), ("{0.}", (1,)), ("{:<<>}", (1,))):
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{a}".format_map([])
except TypeError as e:
    print(type(e).__name__, e)
