# _string: the format-string parsers string.Formatter uses, with their errors.
import _string
def t(f):
    try: r = f(); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
for s in ["", "abc", "a{0!r:>5}b", "{}", "{{x}}", "a}}b{{c", "{0[1]}{a.b[c]!s}", "{:{w}.{p}}", "x{0:}", "{!a}", "{a[}]}", "{0:{1}}end"]:
    t(lambda: list(_string.formatter_parser(s)))
for s in ["}", "{", "a{0", "{0!}", "{0!rx}", "{a{b}", "x}y"]:
    t(lambda: list(_string.formatter_parser(s)))
for s in ["", "0", "a", "a.b", "0[1].c[key]", "a[0][1]", "12.x"]:
    t(lambda: (lambda f, r: (f, list(r)))(*_string.formatter_field_name_split(s)))
for s in ["a.", "a[", "a[0]x", "a[]", "a..b"]:
    t(lambda: (lambda f, r: (f, list(r)))(*_string.formatter_field_name_split(s)))
t(lambda: _string.formatter_parser(1))
