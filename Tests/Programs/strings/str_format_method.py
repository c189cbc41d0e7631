# str.format: automatic and explicit numbering, keywords, attribute/index fields, conversions, specs.
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
class P:
    x, y = 3, 4
print("{0.x},{0.y} {1[0]} {1[1]} {2[key]}".format(P(), [10, 20], {"key": "v"}))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r} {0!s} {0!a} {0!r:>10}".format("ü"))
print("{:>{w}.{p}f}|{:{fill}^9}".format(3.14159, "mid", w=10, p=2, fill="*"))
print("{{}} {{{}}}".format("in braces"), "{0}{0}".format("ab"), "{:,}".format(10 ** 9), "{:%}".format(0.25))
print("{name} is {age}".format_map({"name": "Zed", "age": 9}))
for fmt, args, kw in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
                      ("{0.missing}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{:d}", ("s",), {}), ("{0[5]}", ([1],), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
