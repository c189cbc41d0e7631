# str.partition/rpartition: found, not found, at the edges, and an empty separator.
for s in ("key=value", "no sep", "=start", "end=", "a=b=c", ""):
    print(repr(s), s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "aaaa".partition("aa"), "aaaa".rpartition("aa"))
for bad in ("", None):
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("日本語".partition("本"), b"a:b".partition(b":"), bytearray(b"a:b").rpartition(b":"))
