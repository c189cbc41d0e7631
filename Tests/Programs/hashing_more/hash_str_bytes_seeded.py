# str and bytes hashes under PYTHONHASHSEED=0 (the corpus runner sets it): siphash13.
import sys
print(sys.flags.hash_randomization)
for s in ["", "a", "ab", "abc", "hello world", "\xe9", "\u20ac", "\U0001f600", "a" * 100,
          "mixed \xe9\u20ac\U0001f600", "\0", "x\0y"]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"abc", b"hello world", bytes(range(20)), b"\xff" * 9]:
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash(bytearray(b"x")) if False else "bytearray-skip")
print(hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(hash(S("abc")) == hash("abc"))
print(list({"one": 1, "two": 2, "three": 3}), sorted({"z", "y", "x"}))
print(list({"apple", "banana", "cherry", "date", "elder"}))
print(list(frozenset("abcdefgh")))
