# The int<->str digit limit applies to str(), repr(), format 'd'/'n'/',', %d, f-strings and int() of long strings.
import sys
big = 10**5000
paths = [("str", lambda: str(big)), ("repr", lambda: repr(big)), ("format d", lambda: format(big, "d")), ("format ,", lambda: format(big, ",")),
         ("percent d", lambda: "%d" % big), ("fstring", lambda: f"{big}"), ("in list", lambda: str([big])), ("format x", lambda: len(format(big, "x"))),
         ("hex", lambda: len(hex(big))), ("neg str 4300", lambda: len(str(-(10**4299)))), ("int zeros", lambda: int("0" * 5000)),
         ("int spaces", lambda: int(" " * 5000 + "7")), ("int underscores", lambda: int("1_" * 2200 + "1") % 1000), ("int underscores over", lambda: int("1_" * 4400 + "1") % 1000), ("int base 16", lambda: int("f" * 5000, 16) % 1000),
         ("int base 10 from bytes", lambda: int(b"9" * 4301)), ("float of long str", lambda: float("1" * 5000) > 0)]
for name, f in paths:
    try:
        print(name, f())
    except ValueError as e:
        print(name, type(e).__name__, str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(big)), len(f"{big:,}"))
sys.set_int_max_str_digits(4300)
