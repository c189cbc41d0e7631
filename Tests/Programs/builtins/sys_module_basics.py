# Deterministic parts of the sys module.
import sys
print(sys.getrecursionlimit(), sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major)
print(sys.byteorder, sys.platform, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf, sys.maxunicode)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module_basics.py"), sys.implementation.name in ("cpython", "taipan"))
print(sys.flags.optimize, "builtins" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
print(sys.stdout.write("written by sys.stdout.write\n"))
sys.stdout.flush()
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""), sys.exc_info())
