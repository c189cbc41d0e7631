# Guards, or-patterns, as-patterns, and the order of evaluation of guards.
def check(v):
    print("  guard evaluated for", v)
    return v > 10
def classify(x):
    match x:
        case int() if check(x):
            return "big int"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case {"k": [_, _] as pair}:
            return f"pair in dict {pair}"
        case _:
            return "fallback"
for v in (50, 2, 7, [2, 4], [2, 5], "123", "abc", {"k": [1, 2]}, {"k": [1]}):
    print(repr(v), "->", classify(v))
