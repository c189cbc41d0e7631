# Dict and set comprehensions, including key collisions and nested iteration.
words = ["apple", "bob", "cat", "anna", "civic"]
print({w: len(w) for w in words}, {w[0]: w for w in words})
print(sorted({len(w) for w in words}), {n % 3 for n in range(10)} == {0, 1, 2})
print({(a, b): a * b for a in range(3) for b in range(a)}, {k: v for k, v in {"x": 1, "y": 2}.items() if v > 1})
inv = {v: k for k, v in {"one": 1, "uno": 1, "two": 2}.items()}
print(inv)
print({i: {j: i * j for j in range(i)} for i in range(4)})
print(sorted({w for w in words if w == w[::-1]}), {x: None for x in ()})
