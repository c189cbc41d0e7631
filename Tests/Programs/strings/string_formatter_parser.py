# _string.formatter_parser and formatter_field_name_split, which string.Formatter is built on.
import _string

for s in ["a{0!r:>5}b", "{}", "{{x}}y", "x{a.b[0]:{w}}", "plain", ""]:
    print(list(_string.formatter_parser(s)))
for n in ["0", "a.b[0][k]", "", "x[1].y"]:
    first, rest = _string.formatter_field_name_split(n)
    print(repr(first), list(rest))
for bad in ["{", "}", "{0!r x}"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print("ValueError", e)
