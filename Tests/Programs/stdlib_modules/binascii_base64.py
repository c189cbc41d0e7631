# binascii and base64: hex, base64 (strict and lenient decoding), uu, CRCs, errors.
import base64
import binascii

for data in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    assert binascii.a2b_base64(enc) == data
    print(enc[:40], binascii.b2a_base64(data, newline=False)[-4:], binascii.hexlify(data)[:20])
    print(binascii.crc32(data), binascii.crc32(data, 0xFFFFFFFF), binascii.crc32(data, -1), binascii.crc_hqx(data, 0x1234))
    line = binascii.b2a_uu(data[:45])
    print(line[:30], binascii.a2b_uu(line) == data[:45], binascii.b2a_uu(data[:45], backtick=True)[:10])

for text in [b"abc", b"abcde=", b"ab*d", b"ab=cdef=", b"=abc", b"ab==cd", b"YQ", b"YQ=", b"YQ==",
             b"YQ===x", b"a", b"ab\ncd", "YWJj", "YWJ\u00e9", b"Zm9vYmFy"]:
    for strict in (False, True):
        try:
            print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
        except (binascii.Error, ValueError) as e:
            print(text, strict, type(e).__name__, e)

print(binascii.hexlify(b"abcdef", "-", 2), binascii.hexlify(b"abcdef", b":", -4), binascii.b2a_hex(b"\x01\x02", " "))
print(binascii.unhexlify("00ff10"), binascii.a2b_hex(b"ABCDEF"))
for bad in ["abc", "zz", "\u00e9\u00e9", 5, "ab cd"]:
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: binascii.hexlify("ab"), lambda: binascii.b2a_base64("x"), lambda: binascii.crc32("x"),
             lambda: binascii.hexlify(b"ab", "xx"), lambda: binascii.b2a_uu(b"x" * 46),
             lambda: binascii.a2b_uu(b"#86)C!!!!\n"), lambda: binascii.a2b_uu(b"#86)")]:
    try:
        print(call())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)

print(base64.b64encode(b"binary\x00string"), base64.b64decode("YmluYXJ5AHN0cmluZw=="))
print(base64.urlsafe_b64encode(b"i\xb7\x1d\xfb\xef\xff"), base64.urlsafe_b64decode("abcd--__"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"\xfe"), base64.b16decode("FE"))
print(base64.b85encode(b"hello world"), base64.a85encode(b"hello world"))
print(base64.standard_b64encode(b"x" * 60))
print(base64.encodebytes(b"y" * 100))
try:
    base64.b64decode("abc=", validate=True)
except binascii.Error as e:
    print("Error", e)
