# str + * in, comparisons, and the TypeErrors mixing str with other types.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 100, "a" in "abc", "" in "", "ac" in "abc")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "😀" > "日", "a" == "a", "A" != "a")
print(max("apple", "banana"), min(["b", "a", "B"]), sorted(["é", "e", "E", "f"]))
for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 1.5, lambda: 1 in "a", lambda: "a" < 1, lambda: "a" - "a"):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    "ab" * (2**63)
except OverflowError as e:
    print(type(e).__name__, e)
