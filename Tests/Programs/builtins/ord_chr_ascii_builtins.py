# chr/ord round trips, ascii(), format() and their interplay with bytes.
print([chr(ord(c) + 1) for c in "HAL"], "".join(chr(c) for c in b"Python"), ascii("Ω≈ç√"), ascii([1, "é"]))
print(ord(b"a"), ord(bytearray(b"z")), ord("\n"), chr(10) == "\n", [ord(c) for c in "\t\r\x00"])
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError", e)
print(format(0x41, "c"), format(ord("é"), "x"), format("x", "^5"), format(3), format(2.50), format(None))
