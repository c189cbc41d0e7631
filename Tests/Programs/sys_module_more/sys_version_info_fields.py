# sys.version_info, sys.implementation and related named-tuple-like objects (the parts that agree).
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, type(v).__name__, len(v), v >= (3, 11), v < (4,))
print(tuple(v)[:2], v[0:2] == (v.major, v.minor), isinstance(v, tuple))
print(sys.version.startswith("3.11"), type(sys.hexversion).__name__, sys.hexversion >> 24, (sys.hexversion >> 16) & 255)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2], sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(v)()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_info.rounds, sys.float_info[0])
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_version_info_fields.py"), type(sys.path).__name__)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.verbose, sys.flags.quiet, sys.flags.isolated)
print(len(sys.flags) >= 15, type(sys.flags).__name__)
