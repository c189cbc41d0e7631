# Mapping patterns: **rest, get() on dict subclasses, runtime duplicate keys, None values.
class Logged(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
match Logged(a=1, b=2, c=3):
    case {"a": x, "b": y, **rest}:
        print(x, y, rest, type(rest).__name__)
match {1: "one", 2: "two"}:
    case {1: _, **others}:
        print(others)
match {"x": None}:
    case {"y": None}:
        print("no")
    case {"x": None}:
        print("None value matched")
match {}:
    case {**rest}:
        print("empty rest", rest)
class K:
    a = "k"
    b = "k"
    unhashable = []
for keys in ("duplicate", "unhashable"):
    try:
        match {"k": 1}:
            case {K.a: 1, K.b: 2} if keys == "duplicate":
                pass
            case {K.unhashable: 1}:
                pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class MyDict(dict):
    pass
match MyDict(a=1):
    case {"a": v}:
        print("subclass", v)
match [("a", 1)]:
    case {}:
        print("no")
    case _:
        print("a list is not a mapping")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest} if rest:
        print("rest", rest)
