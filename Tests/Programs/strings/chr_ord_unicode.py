# chr and ord over the Unicode range, lengths of combining sequences, comparisons by code point.
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(0x20AC), chr(0x1F600), chr(0))
print([ord(c) for c in "e\u0301"], len("e\u0301"), "e\u0301" == "é", len("👍🏽"), len("🇫🇷"))
print(chr(0x10FFFF) > chr(0xFFFF), sorted(["b", "B", "é", "e", "Z", "ä"]), max("Zaé"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
print("".join(chr(c) for c in range(0x3b1, 0x3c0)), [hex(ord(c)) for c in "aé€😀"])
