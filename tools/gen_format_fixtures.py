#!/usr/bin/env python3
"""Record CPython's answers for format(), str % args and round(), for FormattingTests.swift.

Run with the CPython 3.11 that Taipan follows (python3 on the development machines):

    python3 tools/gen_format_fixtures.py                 # writes the checked-in fixture
    python3 tools/gen_format_fixtures.py --random 200000 --seed 7 --out /tmp/big.txt

The default run writes Tests/TaipanRuntimeTests/Fixtures/format.txt: fixed edge cases plus
seeded random ones, so the output only changes when this script does. --random N adds N
more random cases of each kind (for stress runs outside the repository). Every expected
value comes from running CPython; never edit the fixture by hand.

Fixture format, one case per line, tab-separated fields:

    F  float-bits   spec            expected      format(float, spec)
    I  decimal      spec            expected      format(int, spec)
    S  str          spec            expected      format(str, spec)
    P  format       args            expected      format % args
    R  float-bits   ndigits|None    expected      round(float[, ndigits])

float-bits are the IEEE bits as 16 hex digits. Text fields escape backslash, tab, newline
and every character outside printable ASCII as \\\\, \\t, \\n, \\u{hex}. An expected value is
'=' followed by the result (for R: the int's decimal digits, or the float's bits), or '!'
followed by 'ExceptionName: message'.

P args are encoded, after the escaping above, as one value:
    i<decimal>;   int          b0; b1;   bool         f<16 hex>;   float      N   None
    s<n>:<n code points>   str            t<n>:<n values>   tuple
    l<n>:<n values>        list           d<n>:<n key, value pairs>   dict
"""

import argparse
import math
import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_format_fixtures.py: run with CPython 3.11, not %s" % sys.version.split()[0])

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Tests", "TaipanRuntimeTests", "Fixtures", "format.txt")


def escape(text):
    out = []
    for ch in text:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif 0x20 <= c < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % c)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def outcome(thunk):
    try:
        return "=" + thunk()
    except Exception as e:  # every exception is part of the expected behaviour
        return "!%s: %s" % (type(e).__name__, e)


def encode_arg(v):
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "b%d;" % int(v)
    if isinstance(v, int):
        return "i%d;" % v
    if isinstance(v, float):
        return "f%s;" % bits(v)
    if isinstance(v, str):
        return "s%d:%s" % (len(v), v)
    if isinstance(v, tuple):
        return "t%d:" % len(v) + "".join(encode_arg(x) for x in v)
    if isinstance(v, list):
        return "l%d:" % len(v) + "".join(encode_arg(x) for x in v)
    if isinstance(v, dict):
        return "d%d:" % len(v) + "".join(encode_arg(k) + encode_arg(x) for k, x in v.items())
    raise TypeError(v)


class Fixture:
    def __init__(self):
        self.lines = []
        self.seen = set()

    def add(self, *fields):
        line = "\t".join(fields)
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def float_case(self, x, spec):
        self.add("F", bits(x), escape(spec), escape(outcome(lambda: format(x, spec))))

    def int_case(self, n, spec):
        self.add("I", str(n), escape(spec), escape(outcome(lambda: format(n, spec))))

    def str_case(self, s, spec):
        self.add("S", escape(s), escape(spec), escape(outcome(lambda: format(s, spec))))

    def percent_case(self, fmt, args):
        self.add("P", escape(fmt), escape(encode_arg(args)), escape(outcome(lambda: fmt % args)))

    def round_case(self, x, ndigits):
        if ndigits is None:
            result = outcome(lambda: str(round(x)))
        else:
            result = outcome(lambda: bits(round(x, ndigits)))
        self.add("R", bits(x), str(ndigits), escape(result))


# --- values ---------------------------------------------------------------------------------

SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 1.5,
    2.5, -2.5, 0.125, 0.375, 0.625, 1 / 3, 2 / 3, math.pi, math.e, 10.0, 100.0, 1e15, 1e16,
    1e17, 9999999999999998.0, 12345678.9, 1234.5678, 123456789.0, 0.000123456, 1e-4, 1e-5,
    9.995, 9.9999999, 0.05, 0.15, 0.25, 0.35, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63,
    2.0 ** 64, 1e100, -123.456, 999999.5, 9999995.0, 0.5e-5, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2.675, 1.005,
    0.285, 1e300, 1e-300, 123e-20, 4.35, 0.0001234, 99.99, 0.9999999999999999, 1e-7, 1.5e-7,
    65536.0, 3.0, 7.0, 1e21, 1e-10, 8.5, 9.5, 0.045, 1.25, -0.0001, -1e-9, 5e-5,
]

FLOAT_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".1e", ".3e", ".10e", ".16e", ".17e",
    ".20e", ".0f", ".1f", ".2f", ".3f", ".5f", ".10f", ".17f", ".20f", ".30f", ".0g", ".1g",
    ".2g", ".3g", ".6g", ".10g", ".15g", ".16g", ".17g", ".18g", ".20g", ".0", ".1", ".2", ".3",
    ".5", ".10", ".16", ".17", ".20", ".0%", ".2%", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0",
    "#.3", "#e", "#.10g", "+", " ", "-", "+.2f", " .2e", "z", "z.0f", "z.1f", "z.3g", "z.2e",
    "+z.1f", "z%", ",", "_", ",.2f", "_.3f", ",g", ",e", ",%", "_f", "10", "<10", ">10", "^10",
    "=10", "010", "+010", "010.2f", "0=12.3e", "*^20.5g", "x<15,", "015,.2f", "020,", "08,",
    "09_", " 012.4g", "-012.4g", "#015.3%", "0<10", "0>10", "\u20ac^12.3", "=+12.2f", "+015,.3f",
    " 020_.1f", ".3n", "10n", "012n", "G", "#G", ".3E", "10.4F", "12", "z12.3",
]

FLOAT_ERROR_SPECS = [
    "d", "x", "c", "s", "b", "o", "X", "y", "\x01", "\u20ac", ",n", "_n", ",_", "_,", "..", ".",
    "10.", "xx", "=", "<", "99999999999999999999", ".99999999999999999999", ".2147483648f",
    "\u0663", "\u0661\u0660", "+.", ",,", "__", ",d", "_x", "z#z", "#z", "10.2ff",
]

SPECIAL_INTS = [
    0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, -1234, 65535, 1234567, 10 ** 6, 2 ** 31,
    2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 25, 2 ** 100, 10 ** 40 + 1, 0x10FFFF,
    0x110000, 65, 0x20AC, 0x1F600, 1234567890123, -987654321, 10 ** 400, -(10 ** 400), 2 ** 1024,
    2 ** 1023 * 3 // 2, 12345678901234567890123456789,
]

INT_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", ",", "_", ",d", "_d", "_b", "_o",
    "_x", "_X", "#_x", "#_b", "10", "<10", "^10", ">10", "=10", "010", "+010", "+", "-", " ",
    "+d", " d", "010,", "08,", "09,", "#010x", "#010_b", "x^20,", "*<12_", "0<8", "+#x", " #o",
    "e", "E", "f", "F", "g", "G", "%", ".2f", ".3e", ".0%", ",.2f", "010.1f", "#012_X", "-#x",
    "^#15b", "020_d", "+015_x", "#x=20_o", "010n", "\u0663", "=+010,", " 08_",
]

INT_ERROR_SPECS = [
    ".2", ".0", "z", "zd", "s", "y", "r", "+c", "#c", ",c", "_c", ",n", "_n", ",x", ",b", ",o",
    ",X", ",_", "..", ".", "10.", "xx", "\x00", "\u20ac", ",y", "99999999999999999999",
]

CHAR_SPECS = ["c", "5c", "<5c", "05c", "^5c", "=5c", "x>4c"]

STRINGS = ["", "a", "abc", "hello world", "\u00e9", "\u03bbx", "\U0001F600", "a\tb", "x" * 30,
           "\ud800", "12345"]

STR_SPECS = [
    "", "s", "10", "<10", ">10", "^10", "^11", ".0", ".1", ".2s", "10.2", "x^9", "*>7", "0",
    "05", "010s", "0<5", "\U0001F600^7", "^", ">", "<3", "\u0663", "=>5", "\u20ac<6.1s",
]

STR_ERROR_SPECS = [
    "+", "-", " ", "#", "=", "z", ",", "_", "d", "r", "x", "=10", "0=5", ".", "xx", ",_", "+#",
    "z#=", "#=", "10.3ss", ",s", "_s", "c",
]

PERCENT_CASES = [
    ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", {}), ("abc", []),
    ("abc", ()), ("%s", [1, 2]), ("%(a)s", [1]), ("%(a)s", (1,)), ("%(a)s", 5),
    ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": 1, "b": 2}),
    ("%(a(b)c)s", {"a(b)c": 3}), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%(x)s", {"a": 1}),
    ("%", ()), ("%5", (1,)), ("%.", (1,)), ("%ld", (1,)), ("%hd", (1,)), ("%Ld", (1,)),
    ("%lld", (1,)), ("%y", (1,)), ("ab%y", (1,)), ("%\u20ac", (1,)), ("%5%", ()), ("%5%", (1,)),
    ("%(a)%", {"a": 1}), ("%-5%", ()), ("%%", ()), ("%s%%", (1,)), ("%d", ("1",)),
    ("%i", ("1",)), ("%u", ("1",)), ("%x", (1.5,)), ("%o", ("1",)), ("%X", (None,)),
    ("%d", (3.7,)), ("%d", (-3.7,)), ("%d", (math.inf,)), ("%d", (math.nan,)), ("%x", (True,)),
    ("%d", (True,)), ("%s", (True,)), ("%f", ("x",)), ("%f", (None,)), ("%f", (1,)),
    ("%f", (10 ** 400,)), ("%e", (True,)), ("%c", ("ab",)), ("%c", ("",)), ("%c", (65,)),
    ("%c", (0x110000,)), ("%c", (-1,)), ("%c", (1.5,)), ("%5c", ("x",)), ("%-5c", (66,)),
    ("%05c", (66,)), ("%*d", (5, 1)), ("%-*d", (5, 1)), ("%*d", (-5, 1)), ("%.*f", (2, 1.0)),
    ("%.*f", (-2, 1.0)), ("%*d", ("5", 1)), ("%.*d", ("5", 1)), ("%*.*f", (8, 3, 3.14159)),
    ("%*s", (5,)), ("%05d", (-42,)), ("%-05d", (42,)), ("%+d", (42,)), ("% d", (42,)),
    ("%+ d", (42,)), ("% +d", (42,)), ("%.5d", (-42,)), ("%8.5d", (-42,)), ("%08.5d", (-42,)),
    ("%#o", (8,)), ("%#x", (255,)), ("%#X", (255,)), ("%#010x", (255,)), ("%#10x", (255,)),
    ("%#.5x", (255,)), ("%#-10o", (8,)), ("%x", (-255,)), ("%#x", (-255,)), ("%#010x", (-255,)),
    ("%05s", ("ab",)), ("%.1s", ("ab",)), ("%5.1r", ("ab",)), ("%a", ("\u00e9",)),
    ("%r", ("\u00e9",)), ("%05f", (math.inf,)), ("%05f", (-math.inf,)), ("%+05f", (math.nan,)),
    ("%#.0f", (1.0,)), ("%#g", (1.0,)), ("%g", (1.0,)), ("%.0e", (12345.0,)),
    ("%#.0e", (12345.0,)), ("%G", (1e-10,)), ("%F", (math.inf,)), ("%r", (1.0,)),
    ("%s", (1e16,)), ("%10.4f", (-3.14159,)), ("%-10.4f|", (3.14159,)), ("%010.4f", (-3.14159,)),
    ("%+.2e", (0.0,)), ("%.2f", (-0.001,)), ("%(a)*d", {"a": 1}), ("%s %s", 5), ("%d%%", (5,)),
    ("%0-5d|", (1,)), ("%-05d|", (1,)), ("%.3s", (12345,)), ("%x", (10 ** 30,)),
    ("%d", (10 ** 30,)), ("%.40d", (10 ** 30,)), ("%i", (1.0e20,)), ("%5(a)s", {"a": 1}),
    ("%#5s", ("x",)), ("%+s", ("x",)), ("% s", ("x",)), ("%+c", ("x",)), ("%+x", (255,)),
    ("% o", (8,)), ("%.*s", (2, "abc")), ("%*.*s", (5, 2, "abc")), ("%.*s", (-1, "abc")),
    ("%.100f", (1.0,)), ("%s", ((1, 2),)), ("%s", ((),)), ("%(a)s %(a)s", {"a": 1}),
    ("%c", (True,)), ("%.*d", (2 ** 31, 1)), ("%*d", (2 ** 63, 1)), ("%*", (5,)), ("%*", ()),
    ("%-", ()), ("%0", (1,)), ("%5.", (1,)), ("%.*", (1,)), ("%l", (1,)), ("%r", ("it's",)),
    ("%r", ('"\'',)), ("%r", ("a\\b\n\t\x00\x7f",)), ("%a", ("\u03bb\U0001F600\x80",)),
    ("%s", (None,)), ("%r", (None,)), ("%s", ([1, "a"],)), ("%r", ({"k": (1,)},)),
    ("%(k)s", {"k": [1, 2]}), ("%s", ({"a": 1},)), ("%s", {"a": 1}), ("%d", (-0.5,)),
    ("%x", (-(2 ** 70),)), ("%#o", (0,)), ("%#x", (0,)), ("%.0d", (0,)), ("%.0x", (0,)),
    ("%c", ("\U0001F600",)), ("%3c", (0x20AC,)), ("%s", ("\ud800",)), ("%-+8.3f|", (2.5,)),
    ("%+08.3e", (-2.5,)), ("% 010.2f", (1.005,)), ("%e", (1e300,)), ("%.1000f", (5e-324,)),
    ("%g", (1e16,)), ("%g", (123456.0,)), ("%g", (1234567.0,)), ("%.20g", (0.1,)),
    ("%.17g", (0.1,)), ("%.0g", (0.5,)), ("%#.0g", (0.5,)), ("%.3g", (0.0001234,)),
    ("%d %s", (1, "a", 2)), ("%s", "abc"), ("%s %s", "ab"), ("%c", "a"), ("", ()), ("", 5),
    ("%%%s%%", ("x",)), ("%(a)s", {"a": "x", "b": 2}), ("%()s", {"": 7}),
    ("%(a)-5d|%(b)+.2f", {"a": 3, "b": 2.5}), ("%(a)c", {"a": 66}), ("%c", (10 ** 30,)),
    ("%c", (-(10 ** 30),)), ("%.*s", (2 ** 31 - 1, "ab")), ("%*.*d", (3, 2, 5)),
    ("%-#8x|", (255,)), ("%+#o", (-8,)), ("% #X", (2 ** 70,)), ("%#.3o", (8,)), ("%-+08.2f|", (-0.0,)),
]

ROUND_VALUES = [
    0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.285,
    0.125, 0.375, 1e16 + 2, 2.0 ** 52 + 0.5, 4503599627370497.0, 1e300, 1.7e308, -1.7e308,
    1.7976931348623157e308, 5e-324, 123.456, -123.456, 1234567.891, 0.1, 0.7, 3.5, 4.5, 1e-5,
    math.inf, -math.inf, math.nan, 9.995, 99.95, 0.045, 1e22, 1.23456789e-300,
]

ROUND_DIGITS = [None, 0, 1, 2, 3, 5, 10, 15, 16, 17, 20, 100, 300, 323, 324, 400, -1, -2, -3,
                -5, -10, -100, -300, -308, -309, 10 ** 30, -(10 ** 30)]


# --- random generators ----------------------------------------------------------------------

def random_double(rnd):
    r = rnd.random()
    if r < 0.35:
        while True:
            x = from_bits(rnd.getrandbits(64))
            if math.isfinite(x):
                return x
    if r < 0.55:
        return rnd.uniform(-1, 1) * 10 ** rnd.randint(-8, 12)
    if r < 0.75:  # short decimals, which sit near rounding ties
        digits = rnd.randint(1, 10 ** rnd.randint(1, 6))
        return float("%s%de%d" % (rnd.choice("-+"), digits, rnd.randint(-12, 12)))
    if r < 0.85:  # near powers of two
        e = rnd.randint(-1074, 1023)
        x = math.ldexp(1.0, e)
        return from_bits(max(1, struct.unpack("<Q", struct.pack("<d", x))[0] + rnd.randint(-2, 2)))
    if r < 0.95:  # exact halves and quarters, ties for round-half-even
        return rnd.randint(-10 ** 6, 10 ** 6) / rnd.choice([2, 4, 8, 16, 1024, 200, 2000])
    return rnd.choice(SPECIAL_FLOATS)


def random_float_spec(rnd):
    parts = []
    if rnd.random() < 0.3:
        if rnd.random() < 0.5:
            parts.append(rnd.choice("*x0 \u20ac"))
        parts.append(rnd.choice("<>^="))
    if rnd.random() < 0.3:
        parts.append(rnd.choice("+- "))
    if rnd.random() < 0.15:
        parts.append("z")
    if rnd.random() < 0.2:
        parts.append("#")
    if rnd.random() < 0.2:
        parts.append("0")
    if rnd.random() < 0.4:
        parts.append(str(rnd.randint(1, 30)))
    if rnd.random() < 0.2:
        parts.append(rnd.choice(",_"))
    if rnd.random() < 0.7:
        parts.append("." + str(rnd.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 40])))
    parts.append(rnd.choice(["", "e", "E", "f", "F", "g", "G", "%", "n", "f", "g", "e"]))
    return "".join(parts)


def random_int(rnd):
    r = rnd.random()
    if r < 0.3:
        return rnd.randint(-1000, 1000)
    if r < 0.6:
        return rnd.randint(-2 ** 64, 2 ** 64)
    if r < 0.8:
        return rnd.randint(-10 ** 60, 10 ** 60)
    return rnd.choice(SPECIAL_INTS[:-5])


def random_int_spec(rnd):
    parts = []
    if rnd.random() < 0.3:
        if rnd.random() < 0.5:
            parts.append(rnd.choice("*x0 "))
        parts.append(rnd.choice("<>^="))
    if rnd.random() < 0.3:
        parts.append(rnd.choice("+- "))
    if rnd.random() < 0.25:
        parts.append("#")
    if rnd.random() < 0.2:
        parts.append("0")
    if rnd.random() < 0.4:
        parts.append(str(rnd.randint(1, 40)))
    if rnd.random() < 0.3:
        parts.append(rnd.choice(",_"))
    parts.append(rnd.choice(["", "d", "b", "o", "x", "X", "n", "", "d", "x", "e", "f", "g", "%"]))
    return "".join(parts)


def random_percent(rnd):
    pieces = []
    args = []
    for _ in range(rnd.randint(1, 3)):
        if rnd.random() < 0.5:
            pieces.append(rnd.choice(["", "a", " ", "x=", "|", "\u00e9 "]))
        code = rnd.choice("sradiuoxXeEfFgGc")
        spec = "%"
        for flag in "-+ #0":
            if rnd.random() < 0.15:
                spec += flag
        r = rnd.random()
        if r < 0.1:
            spec += "*"
            args.append(rnd.randint(-12, 12))
        elif r < 0.5:
            spec += str(rnd.randint(0, 15))
        r = rnd.random()
        if r < 0.1:
            spec += ".*"
            args.append(rnd.randint(-3, 12))
        elif r < 0.5:
            spec += "." + str(rnd.randint(0, 20))
        spec += code
        pieces.append(spec)
        if code in "sra":
            args.append(rnd.choice(["abc", "", "\u00e9\u03bb", 42, 2.5, None, "x'y", True, -7]))
        elif code in "diuoxX":
            args.append(rnd.choice([random_int(rnd), random_int(rnd), rnd.uniform(-1e6, 1e6), True]))
        elif code in "eEfFgG":
            args.append(rnd.choice([random_double(rnd), random_double(rnd), rnd.randint(-10 ** 6, 10 ** 6)]))
        else:
            args.append(rnd.choice([rnd.randint(0, 0x10FFFF), rnd.randint(32, 126), "q", "\u20ac"]))
    fmt = "".join(pieces)
    if len(args) == 1 and rnd.random() < 0.5 and not isinstance(args[0], tuple):
        return fmt, args[0]
    return fmt, tuple(args)


def random_round(rnd):
    x = random_double(rnd)
    r = rnd.random()
    if r < 0.2:
        return x, None
    if r < 0.6:
        return x, rnd.randint(-3, 6)
    e = math.frexp(x)[1] if x != 0 and math.isfinite(x) else 0
    # around the last digits of x, where the rounding is decided by the exact value
    return x, rnd.randint(-3, 20) - int(e * 0.30103)


# --- main -----------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=0, help="extra random cases of each kind")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--out", default=OUTPUT)
    options = parser.parse_args()
    rnd = random.Random(options.seed)
    fx = Fixture()

    # The first floats meet every spec; the rest a seeded sample, to keep the file small.
    for i, x in enumerate(SPECIAL_FLOATS):
        for spec in FLOAT_SPECS if i < 16 else rnd.sample(FLOAT_SPECS, 12):
            fx.float_case(x, spec)
    for x in (1.0, -0.0, math.nan, 1.5):
        for spec in FLOAT_ERROR_SPECS:
            fx.float_case(x, spec)
    for x in (5e-324, 1.7976931348623157e308, 0.1, 1 / 3, 2.0 ** -1022, 1e23):
        for spec in (".1100f", ".800e", ".770g", ".330f", "#.400g", ".330", ".1075f"):
            fx.float_case(x, spec)
    for _ in range(1500 + options.random):
        fx.float_case(random_double(rnd), random_float_spec(rnd))
    for _ in range(800 + options.random):  # repr
        fx.float_case(random_double(rnd), "")

    for i, n in enumerate(SPECIAL_INTS):
        for spec in INT_SPECS if i < 12 else rnd.sample(INT_SPECS, 10):
            fx.int_case(n, spec)
    for n in (0, 5, -5, 65):
        for spec in INT_ERROR_SPECS:
            fx.int_case(n, spec)
    for n in (0, 65, 0x20AC, 0x10FFFF, 0x110000, -1, 10 ** 30, -(10 ** 30), 2 ** 63 - 1, 2 ** 63,
              -2 ** 63, -2 ** 63 - 1):
        for spec in CHAR_SPECS:
            fx.int_case(n, spec)
    for _ in range(800 + options.random):
        fx.int_case(random_int(rnd), random_int_spec(rnd))

    for s in STRINGS:
        for spec in STR_SPECS:
            fx.str_case(s, spec)
    for spec in STR_ERROR_SPECS:
        fx.str_case("ab", spec)

    for fmt, args in PERCENT_CASES:
        fx.percent_case(fmt, args)
    for _ in range(1000 + options.random):
        fmt, args = random_percent(rnd)
        fx.percent_case(fmt, args)

    for x in ROUND_VALUES:
        for n in ROUND_DIGITS:
            fx.round_case(x, n)
    for _ in range(600 + options.random):
        x, n = random_round(rnd)
        fx.round_case(x, n)

    if os.path.dirname(options.out):
        os.makedirs(os.path.dirname(options.out), exist_ok=True)
    with open(options.out, "w", encoding="ascii") as f:
        f.write("# Generated by tools/gen_format_fixtures.py from CPython %s. Do not edit.\n"
                % sys.version.split()[0])
        for line in fx.lines:
            f.write(line + "\n")
    print("wrote %d cases to %s" % (len(fx.lines), options.out))


if __name__ == "__main__":
    main()
