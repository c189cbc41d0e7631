# Class patterns for builtins: bool before int, tuples vs lists, dict, self-matching positional.
def what(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b):
            return f"bytes {b!r}"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset() | set():
            return "a set"
        case None:
            return "None"
        case _:
            return "other"
for v in (True, 1, 1.0, "s", b"b", (1, 2), (1, 2, 3), [9, 8], [], {"a": 1}, {1}, None, object):
    print(what(v))
