# str operators: + * in, comparisons, indexing with negatives, and error messages.
s = "hello"
print(s + " world", s * 3, 3 * "ab", s * 0, s * -2, "" * 100)
print("ell" in s, "" in s, "z" not in s, "lo" in "hello")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "" < "a", "a" == "a")
print(s[0], s[-1], s[4], s[-5], s[1:3], s[::-1])
for i in (5, -6, 100):
    try:
        s[i]
    except IndexError as e:
        print(i, "IndexError", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
