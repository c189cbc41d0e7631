# str.splitlines over every line boundary, keepends, and trailing newlines.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "x\n".splitlines(), "x\r\n\r\n".splitlines())
print("no newline".splitlines(True), "\r".splitlines(), "\r\r\n".splitlines(True))
print(b"a\nb\x0bc\rd".splitlines(), b"a\r\nb".splitlines(True))
