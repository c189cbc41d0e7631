# Caesar/ROT13 with ord/chr arithmetic and with str.maketrans.
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
msg = "Hello, World! Zebra-123 éÉ"
lower = "abcdefghijklmnopqrstuvwxyz"
table = str.maketrans(lower + lower.upper(), lower[13:] + lower[:13] + (lower[13:] + lower[:13]).upper())
print(caesar(msg, 3), caesar(caesar(msg, 3), -3) == msg, caesar(msg, 13) == msg.translate(table), caesar(msg, 13))
print(caesar(msg, 52) == msg, caesar(msg, -1), [caesar("abc", k) for k in range(0, 78, 25)])
