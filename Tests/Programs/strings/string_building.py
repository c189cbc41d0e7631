# Building strings incrementally: +=, join, multiplication, and iteration by character.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for ch in "hello":
    parts.append(ch.upper() + ch)
print("".join(parts), "-".join(parts[::-1]))
big = "ab" * 50000
print(len(big), big[-3:], big.count("ab"), big[49999 * 2:])
acc = "x"
for _ in range(15):
    acc = acc + acc
print(len(acc))
print("".join(chr(ord("a") + i) for i in range(26)), "".join(map(str, range(5))))
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
