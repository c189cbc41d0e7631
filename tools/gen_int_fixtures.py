#!/usr/bin/env python3
"""Record CPython's answers for int arithmetic, for Tests/TaipanRuntimeTests/IntTests.swift.

Run with the CPython 3.11 that Taipan follows (python3 on the development machines):

    python3 tools/gen_int_fixtures.py

It writes Tests/TaipanRuntimeTests/Fixtures/ints.txt: fixed edge cases around the inline
(61-bit), machine-word (64-bit) and float boundaries, plus seeded random ones, so the
output only changes when this script does. Every expected value comes from running
CPython; never edit the fixture by hand.

Fixture format, one case per line, tab-separated:

    OP  A  B  C  EXPECTED

Operands (B and C are '-' when unused):
    123, -0x1f...    an int: decimal, or hex (with sign) when longer than 3000 bits
    True, False      a bool
    f:HEX            a float, its IEEE bits as 16 hex digits
    a:TEXT           a str of printable ASCII (for 'int', B is the base)
    s:HEX            any other str, its UTF-8 bytes in hex

Expected:
    i:INT            an int, encoded as above
    b:True/b:False   a bool
    f:HEX            a float
    t:INT INT        a pair (divmod)
    s:TEXT           a str (ASCII)
    !Type:message    the exception CPython raised

OP is an operator name (add sub mul matmul truediv floordiv mod pow lshift rshift and
or xor lt le eq ne gt ge), or divmod, powmod (3 operands), neg pos invert abs hash bool
float str hex oct bin base36 bitlen (one operand), int (parse A in base B), trunc
(int(float)).
"""

import operator
import os
import random
import resource
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_int_fixtures.py: run with CPython 3.11, not %s" % sys.version.split()[0])

# Huge shifts and powers must fail with MemoryError promptly rather than eat the machine.
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Tests", "TaipanRuntimeTests", "Fixtures", "ints.txt")
rnd = random.Random(20240612)
lines = []


def enc_int(v):
    if v.bit_length() <= 3000:
        return str(v)
    return ("-" if v < 0 else "") + "0x" + format(abs(v), "x")


def enc_operand(v):
    if v is None:
        return "-"
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return enc_int(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        if v.isascii() and v.isprintable():
            return "a:" + v
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    raise TypeError(v)


def enc_result(v):
    if isinstance(v, bool):
        return "b:" + repr(v)
    if isinstance(v, int):
        return "i:" + enc_int(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, tuple):
        return "t:" + " ".join(enc_int(x) for x in v)
    if isinstance(v, str):
        assert v.isascii()
        return "s:" + v
    raise TypeError(v)


BINARY = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "matmul": operator.matmul,
    "truediv": operator.truediv, "floordiv": operator.floordiv, "mod": operator.mod,
    "pow": operator.pow, "lshift": operator.lshift, "rshift": operator.rshift,
    "and": operator.and_, "or": operator.or_, "xor": operator.xor,
    "lt": operator.lt, "le": operator.le, "eq": operator.eq, "ne": operator.ne,
    "gt": operator.gt, "ge": operator.ge, "divmod": divmod,
}
UNARY = {
    "neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "abs": abs,
    "hash": hash, "bool": bool, "float": float, "str": str,
    "hex": lambda v: format(v, "x"), "oct": lambda v: format(v, "o"), "bin": lambda v: format(v, "b"),
    "base36": None, "bitlen": lambda v: v.bit_length(), "trunc": int,
}


def base36(v):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    m = abs(v)
    out = ""
    while True:
        m, d = divmod(m, 36)
        out = digits[d] + out
        if m == 0:
            break
    return ("-" if v < 0 else "") + out


UNARY["base36"] = base36


def emit(op, a, b=None, c=None):
    try:
        if op == "powmod":
            result = pow(a, b, c)
        elif op == "int":
            result = int(a, b)
        elif op in BINARY:
            result = BINARY[op](a, b)
        else:
            result = UNARY[op](a)
        expected = enc_result(result)
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        expected = "!%s:%s" % (type(e).__name__, e)
    lines.append("\t".join([op, enc_operand(a), enc_operand(b), enc_operand(c), expected]))


# --- interesting values ---------------------------------------------------------------------

EDGES = [0, 1, -1, 2, -2, 3, -7, 10, 255, -256]
for e in (30, 52, 53, 59, 60, 61, 62, 63, 64, 65, 127, 128, 129, 1023, 1024, 1025):
    for d in (-1, 0, 1):
        EDGES.append(2**e + d)
        EDGES.append(-(2**e) - d)
EDGES += [10**18, 10**19, -(10**19), 10**40, 3**200, -(7**150), 2**64 * 3 + 5, 12345678901234567890123]


def random_int():
    kind = rnd.randrange(6)
    if kind == 0:
        return rnd.randrange(-1000, 1000)
    if kind == 1:
        return rnd.randrange(-(2**60), 2**60)
    if kind == 2:
        bits = rnd.randrange(60, 130)
    elif kind == 3:
        bits = rnd.randrange(130, 700)
    elif kind == 4:
        bits = rnd.randrange(700, 1500)
    else:
        return rnd.choice(EDGES)
    v = rnd.getrandbits(bits) | (1 << (bits - 1))
    return -v if rnd.random() < 0.5 else v


FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, -2.5, 2.0**52 + 0.5, 2.0**53, -(2.0**53), 2.0**53 + 2,
          2.0**60, -(2.0**60), 2.0**63, 2.0**64, -(2.0**64), 1e20, 1e100, 1e308, -1e308, 1e-300,
          float(2**1000), float("inf"), float("-inf"), float("nan"), 1152921504606846976.0,
          9.223372036854776e18, 3.0**100]

# --- arithmetic -----------------------------------------------------------------------------

ARITH = ["add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "and", "or", "xor"]
for op in ARITH:
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (0, -5), (-(2**60), -1),
                 (2**60 - 1, 1), (-(2**60), 1), (2**60, -1), (2**63, 2**63), (-(2**64), 2**64 - 1),
                 (2**64, 0), (10**30, -(10**15)), (-(10**30), 7), (3**200, -(3**100)), (1, 10**400),
                 (-1, 10**400), (10**400, 1), (-(10**400), -(10**399)), (True, True), (True, False),
                 (False, 3), (-5, True), (2**100, True), (True, 2**100)]:
        emit(op, a, b)
    for _ in range(20):
        emit(op, random_int(), random_int())
    for _ in range(8):
        emit(op, rnd.choice(EDGES), rnd.choice(EDGES))

emit("matmul", 3, 4)
emit("matmul", 2**100, True)

# True division: exact rounding at the edges of the double range, ties, huge operands.
for a, b in [(1, 3), (-1, 3), (2**53 + 1, 1), (2**54 + 1, 2), (2**60 + 1, 2**60), (10**400, 10**399),
             (10**400, 1), (-(10**400), 3), (1, 10**400), (-1, 10**400), (0, -(10**400)), (0, -5),
             (2**1024, 2), (2**1025, 2), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1),
             (2**2000, 2**976), (2**2000, 2**977), (3**1000, 7**600), (1, 3**700), (5, 2**1076),
             (6, 2**1076), (7, 2**1076), (3, 2**1075), (1, 2**1074), (1, 2**1075), (3, 2**1076),
             (2**53 + 1, 2**1100), (2**60 - 1, 3), (10**30, 7), (-(10**30), 7 * 2**60),
             ((2**53 + 1) * 2**200, 2**200), ((2**53 + 3) * 2**200, 2**201)]:
    emit("truediv", a, b)

# Powers, with negative exponents (float results) and huge ones (MemoryError).
for a, b in [(2, 10), (2, 60), (2, 61), (-2, 61), (-2, 63), (3, 40), (3, 39), (7, 300), (-7, 301),
             (10, 400), (2**64 + 1, 5), (-(2**70), 3), (0, 0), (0, 5), (5, 0), (1, 2**100),
             (-1, 2**100), (-1, 2**100 + 1), (0, 2**100), (2, -1), (-2, -1), (0, -1), (0, -(10**400)),
             (10, -2), (3, -5), (-2, -1075), (2, -1100), (2, -(2**100)), (10**400, -1),
             (2**1024, -1), (True, 5), (5, True), (False, -1), (4, 1000),
             (-8, 333), (2**61, 3), (-(2**60), 2)]:
    emit("pow", a, b)
for _ in range(20):
    emit("pow", random_int() % 10**rnd.randrange(1, 30) * rnd.choice([1, -1]), rnd.randrange(0, 120))

# Shifts.
for a, b in [(1, 0), (1, 59), (1, 60), (1, 63), (1, 64), (-1, 60), (-1, 64), (3, 62), (-3, 62),
             (5, 1000), (-5, 1000), (0, 2**100), (0, -1), (1, -1), (2**100, -1), (1, 2**40),
             (1, 2**63), (1, 2**64), (1, 2**70), (-1, 2**70), (2**100, 2**100), (True, 3)]:
    emit("lshift", a, b)
for a, b in [(1, 0), (-1, 1), (-5, 1), (-4, 1), (2**60, 1), (-(2**60), 60), (-(2**60), 61),
             (-(2**60) - 1, 60), (2**64, 64), (2**64 - 1, 64), (-(2**64), 64), (-(2**64) - 1, 64),
             (-(2**64) + 1, 64), (-(2**200) - 1, 100), (-(2**200), 100), (2**200, 199), (2**200, 200),
             (-(2**200), 200), (-(2**200), 201), (5, 2**100), (-5, 2**100), (0, -1), (10**100, -1),
             (-(10**100), 2**63), (True, 1)]:
    emit("rshift", a, b)
for _ in range(15):
    emit("lshift", random_int(), rnd.randrange(0, 300))
    emit("rshift", random_int(), rnd.randrange(0, 300))

# pow(a, b, m).
for a, b, m in [(2, 10, 1000), (3, -1, 7), (3, -2, -7), (-3, 5, -7), (5, 0, 1), (5, 0, -1), (2, 3, 0),
                (2, -1, 4), (0, -1, 5), (2, -1, 1), (True, 2, 3), (2, 3, True),
                (4, -1, 2**70 + 1), (3**100, 2**100 + 7, 10**40 + 9), (-(7**80), 12345, -(2**127 - 1)),
                (2, 3, 5.0)]:
    emit("powmod", a, b, m)

# --- comparisons ----------------------------------------------------------------------------

for op in ["lt", "le", "eq", "ne", "gt", "ge"]:
    for a, b in [(1, 1), (1, 2), (2**60, 2**60 - 1), (-(2**60), -(2**60) - 1), (2**64, -(2**64)),
                 (10**400, 10**400 + 1), (True, 1), (False, 0), (True, 2**100), (True, False)]:
        emit(op, a, b)
    for f in FLOATS:
        a = rnd.choice(EDGES)
        emit(op, a, f)
        emit(op, f, a)
    for a, f in [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
                 (2**1000, float(2**1000)), (2**1000 + 1, float(2**1000)), (2**1024, float("inf")),
                 (-(2**1024), -1e308), (0, -0.0), (1, 0.5), (-1, -0.5), (2**60, 1152921504606846976.5),
                 (True, 1.0), (False, -0.0), (3**63, 3.0**63)]:
        emit(op, a, f)
        emit(op, f, a)

# --- unary operations and conversions -------------------------------------------------------

UNARY_VALUES = EDGES + [True, False, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, 2**53 + 1, 2**54 + 2,
                        2**54 + 6, 2**200 + 2**147, 2**200 + 2**147 + 1, 2**200 + 3 * 2**147]
HUGE = [10**4299, 10**4300 - 1, 10**4300, -(10**4300)]
for op in ["neg", "pos", "invert", "abs", "hash", "bool", "float", "str", "hex", "oct", "bin",
           "base36", "bitlen"]:
    thorough = op in ("str", "hash", "float", "neg")
    for v in (UNARY_VALUES + HUGE) if thorough else rnd.sample(UNARY_VALUES, 30):
        emit(op, v)
    for _ in range(8):
        emit(op, random_int())

for f in FLOATS + [-1.5, 2.0**63 - 1024, -(2.0**63), 1e19, 4.9e-324, 123456.789, -0.999]:
    emit("trunc", f)

# --- parsing --------------------------------------------------------------------------------

for text, base in [("0", 10), ("-0", 10), ("  42  ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10),
                   ("_1", 10), ("1_", 10), ("+ 1", 10), ("", 10), ("  ", 10), ("0x_1f", 0),
                   (" 0x_1f ", 0), ("0x", 16), ("0x_", 16), ("0_7", 0), ("0_0", 0), ("010", 0),
                   ("00", 0), ("0b1", 16), ("0b101", 0), ("0o17", 0), ("0O7", 8), ("0X1F", 16),
                   ("z", 36), ("Z", 36), ("9", 8), ("12", 1), ("12", 37), ("12", -1), ("0xg", 0),
                   ("12a", 0), ("1\x00", 10), ("é", 10), ("'\"", 10), ("'", 10), ("a" * 300, 10),
                   ("\u0663\u0664", 10), ("\u0661\u0662", 16), (" 1\u3000", 10), ("1\xa0", 10),
                   ("\u2003-12", 10), ("\x1c12", 10), ("1" * 4300, 10), ("1" * 4301, 10),
                   ("1" * 4301 + "x", 10), ("1" * 4301 + "_", 10), ("_" + "1" * 4301, 10),
                   ("0" * 4301, 0), ("1" * 4301, 16), ("1_" * 2200 + "1", 10),
                   ("9223372036854775807", 10), ("9223372036854775808", 10),
                   ("-9223372036854775808", 10), ("1152921504606846975", 10),
                   ("1152921504606846976", 10), ("-1152921504606846976", 10),
                   ("-1152921504606846977", 10), ("f" * 16, 16), ("-" + "f" * 17, 16), ("1" * 64, 2),
                   ("7" * 22, 8), ("z" * 13, 36), ("z" * 40, 36), ("123456789" * 50, 10),
                   ("-" + "987654321" * 30, 0), ("0b" + "10" * 100, 0), ("0o" + "7" * 100, 0),
                   ("0x" + "f" * 100, 0)]:
    emit("int", text, base)
for _ in range(20):
    v = random_int()
    base = rnd.choice([2, 3, 7, 8, 10, 16, 36])
    emit("int", base36(v) if base == 36 else format(v, {2: "b", 8: "o", 10: "d", 16: "x"}.get(base, "d")), base if base in (2, 8, 10, 16, 36) else 10)

os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
with open(OUTPUT, "w", encoding="utf-8") as f:
    f.write("# Generated by tools/gen_int_fixtures.py from CPython %s; do not edit.\n" % sys.version.split()[0])
    f.write("\n".join(lines) + "\n")
print("wrote %d cases to %s" % (len(lines), os.path.relpath(OUTPUT, ROOT)))
