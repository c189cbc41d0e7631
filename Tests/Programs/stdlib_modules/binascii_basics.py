# binascii: base64 both ways (lenient and strict decoding), hex, crc32/crc_hqx, errors;
# and base64/email.utils, which build on it.
import base64
import binascii
import email.utils

for data in (b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40]):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data, binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64("YWJj\nZA=="), binascii.a2b_base64(b"Y W J j!"), binascii.a2b_base64(b"YQ==garbage"))
for bad in (b"YWJjZ", b"YWJjZA", b"YQ=", "é"):
    try:
        print(binascii.a2b_base64(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in (b"=YWJj", b"YW!Jj", b"YQ==YQ==", b"YQ=a="):
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("Error", e)
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"abc", "-"), binascii.unhexlify("00ff6162"), binascii.a2b_hex(b"4142"))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))
print(base64.b64encode(b"taipan"), base64.b64decode("dGFpcGFu"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32encode(b"taipan"), base64.b16decode(b"7461"))
print(email.utils.parsedate_to_datetime("Tue, 3 Mar 2026 10:20:30 +0100"))
print(email.utils.formataddr(("A B", "ab@example.org")), email.utils.parseaddr("C <c@d.e>"))
