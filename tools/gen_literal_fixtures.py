#!/usr/bin/env python3
"""Record CPython's answers for literal decoding and repr, for LiteralTests.swift.

Run with the CPython 3.11 that Taipan follows (python3 on the development machines):

    python3 tools/gen_literal_fixtures.py

It writes Tests/TaipanSyntaxTests/Fixtures/literals.txt. The cases are a fixed list of edge
cases plus seeded random ones, so the output only changes when this script does. Every
expected value comes from running CPython; never edit the fixture by hand.

Fixture format, one case per line, tab-separated:

    KIND  FLAGS  INPUT  EXPECTED  WARNING  # note

INPUT, EXPECTED and WARNING are hex of UTF-8 text (surrogates as 'surrogatepass'), so that
any character survives; the note after '#' is a readable form for people and is ignored.

    num    int|bigint|float|complex  token text          repr(value)
    str    raw|-                     body between quotes  repr(value), or "SyntaxError: " + msg
    bytes  raw|-                     body between quotes  (as str)
    srepr  -                         code points, hex, comma-separated   repr(str)
    brepr  -                         the bytes             repr(bytes)
    frepr  -                         float bits, 16 hex digits           repr(float)
    irepr  -                         float bits of the imaginary part    repr(complex(0, x))

WARNING is CPython's DeprecationWarning text for an invalid escape in a str or bytes literal
(empty when there is none).
"""

import math
import os
import random
import struct
import sys
import unicodedata
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_literal_fixtures.py: run with CPython 3.11, not %s" % sys.version.split()[0])

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Tests", "TaipanSyntaxTests", "Fixtures", "literals.txt")
rnd = random.Random(20240611)
lines = []


def hexof(text):
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    return text.hex()


def emit(kind, flags, data, expected, warning="", note=""):
    note = note.replace("\n", " ").replace("\t", " ")
    lines.append("\t".join([kind, flags, hexof(data), hexof(expected), hexof(warning), "# " + note]))


# --- number literals -----------------------------------------------------------------------

def number(text):
    value = eval(compile(text, "<fixture>", "eval"))
    if isinstance(value, int):
        flags = "int" if value <= 2**63 - 1 else "bigint"
    else:
        flags = type(value).__name__
    emit("num", flags, text, repr(value), note="%s -> %s" % (text, repr(value)[:60]))


NUMBERS = [
    "0", "00", "0_0", "7", "1_000", "0x_FF", "0XfF", "0o17", "0O7_7", "0b1010", "0B_1_0",
    "9223372036854775807", "9223372036854775808", "18446744073709551616",
    "0x7fffffffffffffff", "0x8000000000000000", "0xFFFFFFFFFFFFFFFF", "0x1_0000_0000_0000_0000",
    "0o777777777777777777777", "0o1777777777777777777777", "0o2000000000000000000000",
    "0b" + "1" * 63, "0b1" + "0" * 63, "0b" + "1" * 200,
    "0xFFFFFFFFFFFFFFFFFFFFF", "0x" + "0" * 40 + "1", "0x" + "F" * 300,
    "123456789012345678901234567890", "1" + "0" * 300, "0" * 20,
    "1.5e-3", "1_0.5_0", ".5", "5.", "1e10", "1E+10", "1e-10", "0.0", "0e0", "00.5", "1_2e1_0",
    "1e400", "1e-400", "1e308", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "2.2250738585072014e-308", "2.2250738585072011e-308",
    "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
    "9007199254740993", "9007199254740993.0", "9007199254740992.9999999999",
    "0.1", "0.30000000000000004", "123456789012345678901234567890.5", "1" * 25 + "e-30",
    "0." + "0" * 350 + "1e350", "1" + "0" * 350 + "e-350", "3.141592653589793238462643383279",
    "3j", "1.5J", "0j", "0.0j", "1e16j", "1e400j", "10000000000000000000001j", "1_0j", ".5j",
]
for text in NUMBERS:
    number(text)


def digits(count, alphabet="0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(count))


for _ in range(20):
    number(str(rnd.choice([1, 3, 9]) * 10 ** rnd.randrange(15, 25) + rnd.randrange(10**6)))
for _ in range(10):
    prefix, alphabet = rnd.choice([("0x", "0123456789abcdefABCDEF"), ("0o", "01234567"), ("0b", "01")])
    number(prefix + digits(rnd.choice([5, 15, 16, 17, 22, 40, 70]), alphabet))
for _ in range(40):
    mantissa = digits(rnd.randrange(1, 25))
    point = rnd.randrange(0, len(mantissa) + 1)
    text = mantissa[:point] + "." + mantissa[point:]
    if text.startswith("."):
        text = "0" + text
    exponent = rnd.choice([rnd.randrange(-25, 25), rnd.randrange(-340, -290), rnd.randrange(280, 320)])
    number(text + "e%d" % exponent)
for _ in range(15):
    # Decimal text of the exact midpoint between two neighbouring doubles: the hardest
    # inputs for correct rounding (ties go to even).
    from decimal import Decimal, getcontext
    getcontext().prec = 1200
    bits = rnd.randrange(1, 0x7FEFFFFFFFFFFFFF)
    low = struct.unpack("<d", struct.pack("<Q", bits))[0]
    high = struct.unpack("<d", struct.pack("<Q", bits + 1))[0]
    text = format((Decimal(low) + Decimal(high)) / 2, "e")
    mantissa, exponent = text.split("e")
    number(mantissa.rstrip("0") + "e" + str(int(exponent)))


# --- str and bytes literals ----------------------------------------------------------------

def literal(kind, body, raw=False):
    quote = "'''" if "\n" in body.replace("\\\\", "").replace("\\\n", "") else "'"
    source = ("r" if raw else "") + ("b" if kind == "bytes" else "") + quote + body + quote
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            expected = repr(eval(compile(source, "<fixture>", "eval")))
        except SyntaxError as error:
            expected = "SyntaxError: " + error.msg
            # Anything else means this script built a malformed literal.
            assert error.msg.startswith(("(unicode error)", "(value error)", "bytes can only")), source
    found = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    emit(kind, "raw" if raw else "-", body, expected, found[0] if found else "",
         note="%s -> %s" % (ascii(source), ascii(expected)[:70]))


STRS = [
    "", "abc", "\u00e9\u4e2d\U0001F600", r"it\'s", 'say "hi"',
    r"\\ \' \" \a \b \f \n \r \t \v", "a\\\nb", "line1\nline2",
    r"\0 \7 \12 \123 \377 \400 \777 \1234", r"\8 \9 \d \q \{ \ ", "\\\u00e9", "\\\\\u00e9",
    r"\x41\x4a\x4A\xff", r"\u0041\u20ac\uD800\udfff", r"\U0001F600\U0010FFFF\U00000041",
    r"\x", r"\x4", r"ab\x4g", r"\xg0", "\u00e9\\x", "\\x\u00e9", r"\x\N{foo}",
    r"\u", r"\u12", r"\u123", r"\u12g4", "\u00e9\\u12", r"\U", r"\U0011", r"\U0001234",
    r"\U00110000", r"ab\U00110000", r"\UFFFFFFFF", r"\U0001f60g",
    r"\N", r"\Nx", r"\N{", r"\N{}", r"\N{foo", r"abc\N{foo", "\\N\u00e9", "\\N{\u00e9}",
    r"\N{foo}", r"ab\N{foo}", "\u00e9\\N{foo}", "\u4e2d\U0001F600\\N{foo}", r"x\N{foo}\x",
    r"\N{LATIN SMALL LETTER A}", r"\N{latin small letter a}", r"\N{Latin Small Letter A}",
    r"\N{ LATIN SMALL LETTER A}", r"\N{LATIN SMALL LETTER A }", r"\N{LATIN SMALL  LETTER A}",
    r"\N{EM DASH}\N{SNOWMAN}\N{GRINNING FACE}", r"\N{BEL}\N{bel}\N{LF}\N{NULL}\N{BOM}",
    r"\N{BYTE ORDER MARK}\N{LINE FEED}\N{NEW LINE}\N{ZWJ}", r"\N{LINE FEED (LF)}", r"\N{BELL}",
    r"\N{LATIN CAPITAL LETTER GHA}\N{LATIN CAPITAL LETTER OI}", r"\N{VS1}\N{VS16}\N{VS17}\N{VS256}",
    r"\N{VS0}", r"\N{VS257}", r"\N{FVS4}", r"\N{KATAKANA LETTER AINU P}",
    r"\N{CJK UNIFIED IDEOGRAPH-4E00}", r"\N{CJK UNIFIED IDEOGRAPH-04E00}",
    r"\N{CJK UNIFIED IDEOGRAPH-9FFF}", r"\N{CJK UNIFIED IDEOGRAPH-2A6DF}",
    r"\N{CJK UNIFIED IDEOGRAPH-2A6E0}", r"\N{CJK UNIFIED IDEOGRAPH-3134A}",
    r"\N{CJK UNIFIED IDEOGRAPH-3134B}", r"\N{CJK UNIFIED IDEOGRAPH-4e00}",
    r"\N{cjk unified ideograph-4E00}", r"\N{CJK UNIFIED IDEOGRAPH-4E0}", r"\N{CJK UNIFIED IDEOGRAPH-004E00}",
    r"\N{CJK COMPATIBILITY IDEOGRAPH-F900}", r"\N{cjk compatibility ideograph-f900}",
    r"\N{HANGUL SYLLABLE GA}", r"\N{HANGUL SYLLABLE GGAG}", r"\N{HANGUL SYLLABLE A}",
    r"\N{HANGUL SYLLABLE SSANG}", r"\N{HANGUL SYLLABLE HIH}", r"\N{HANGUL SYLLABLE YEOLB}",
    r"\N{hangul syllable ga}", r"\N{HANGUL SYLLABLE ga}", r"\N{HANGUL SYLLABLE G}",
    r"\N{HANGUL SYLLABLE }", r"\N{HANGUL SYLLABLE GAX}",
    r"\N{TANGUT IDEOGRAPH-17000}", r"\N{NUSHU CHARACTER-1B170}",
    r"\N{KHITAN SMALL SCRIPT CHARACTER-18B00}", r"\N{foo\x41}", r"\N{a\}",
    r"\d\777", r"\777\d", "\\\n\\x", "a\\\n\\N{foo}",
]
for body in STRS:
    literal("str", body)
for body in [r"\x41\d", r"\N{LATIN SMALL LETTER A}\x", "\u00e9\\\\", "a\\\nb", r"\U00110000"]:
    literal("str", body, raw=True)

BYTES = [
    "", "abc", r"\\ \' \" \a \b \f \n \r \t \v", "a\\\nb", r"\0 \7 \12 \377 \400 \777",
    r"\x41\xff\xFf", r"\x", r"\x4", r"ab\x4", r"\x4g", r"\xg4", r"\d\q\u1234\N{foo}",
    "\u00e9", "ab\u00e9", "ab\\x\u00e9", "\\\u00e9", r"\777\d",
]
for body in BYTES:
    literal("bytes", body)
for body in [r"\x", "\u00e9", r"\d\n"]:
    literal("bytes", body, raw=True)

UNITS = [
    "a", "Z", " ", '"', "{", "\u00e9", "\u4e2d", "\U0001F600", "\u0301", "\u2028",
    r"\\", r"\'", r"\n", r"\t", "\\\n", r"\0", r"\12", r"\477", r"\x4", r"\x4f", r"\xZ",
    r"\u20ac", r"\u20", r"\U0001F600", r"\U00110000", r"\N{SNOWMAN}", r"\N{snowman}",
    r"\N{NO SUCH}", r"\N{", r"\N", r"\d", "\\\u00e9",
]
for _ in range(60):
    literal("str", "".join(rnd.choice(UNITS) for _ in range(rnd.randrange(1, 7))))
for _ in range(20):
    literal("bytes", "".join(rnd.choice(UNITS[:4] + UNITS[10:22]) for _ in range(rnd.randrange(1, 7))))


# --- repr ----------------------------------------------------------------------------------

def str_repr(text, note=None):
    data = ",".join("%x" % ord(c) for c in text)
    emit("srepr", "-", data.encode("ascii"), repr(text), note=note or ascii(text)[:60])


for text in ["", "a", "'", '"', "'\"", "it's", 'say "x"', "\\", "tab\there", "\r\n",
             "\x00\x1f\x7f\x80\x9f\xa0\xad\xff", "\u0100\u2028\u2029\u3000\ufeff\uffff",
             "\ud800\udfff", "\U00010000\U0001F600\U000E0001\U000F0000\U0010FFFF",
             "\u00e9\u4e2d\u0301\u200b\u200d"]:
    str_repr(text)
# Every printability boundary: code points where str.isprintable changes, with a neighbour.
boundaries = []
previous = None
for code in range(0x110000):
    printable = chr(code).isprintable()
    if printable != previous:
        boundaries.append(code)
        previous = printable
for start in range(0, len(boundaries), 64):
    chunk = boundaries[start:start + 64]
    text = "".join(chr(c) + (chr(c - 1) if c else "") for c in chunk)
    str_repr(text, note="isprintable boundaries %x..%x" % (chunk[0], chunk[-1]))

for data in [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\t\n\r", bytes(range(32)),
             bytes(range(32, 128)), bytes(range(128, 256))]:
    emit("brepr", "-", data, repr(data), note=repr(data)[:60])


def float_bits(value):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]


FLOATS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, 2.0, 1.5, 0.1, 0.3, 1 / 3, 100.0,
          1e15, 1e16, 1e17, 9999999999999998.0, 123456789012345678.0, 0.0001, 0.00001,
          0.00012345, 1e-5, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          -1.5, -1e-7, 9007199254740993.0, 1e100, 1.2345e-100]
for value in FLOATS:
    emit("frepr", "-", float_bits(value), repr(value), note=repr(value))
for _ in range(30):
    value = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    emit("frepr", "-", float_bits(value), repr(value), note=repr(value))
for value in [0.0, 1.0, 1.5, 0.1, 1e16, 1e15, 1e-5, 5e-324, math.inf, math.nan, 123.0, 1e300]:
    emit("irepr", "-", float_bits(value), repr(complex(0, value)), note=repr(complex(0, value)))

with open(OUTPUT, "w", encoding="utf-8", newline="\n") as output:
    output.write("# Generated by tools/gen_literal_fixtures.py from CPython %s. Do not edit.\n"
                 % sys.version.split()[0])
    output.write("\n".join(lines) + "\n")
print("wrote %d cases to %s" % (len(lines), os.path.relpath(OUTPUT, ROOT)))
