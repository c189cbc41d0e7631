# sys attributes: argv, maxsize, version_info fields and types, implementation, flags, byteorder.
import sys, os
print(len(sys.argv), os.path.basename(sys.argv[0]), sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, type(vi.micro).__name__, type(vi.releaselevel).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print(vi >= (3, 11), vi < (4,), len(vi), type(vi).__name__, isinstance(vi, tuple))
print(sys.byteorder, sys.maxunicode, type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name)
print(type(sys.flags.optimize).__name__, sys.flags.dont_write_bytecode, type(sys.platform).__name__, sys.float_info.max, sys.float_info.dig)
print(sys.float_info.epsilon, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30), isinstance(sys.path, list), "sys" in sys.modules)
print(sys.stdout is sys.__stdout__, sys.stdin.readable() if hasattr(sys.stdin, "readable") else None, callable(sys.exit))
print(sys.getrecursionlimit(), type(sys.getdefaultencoding()).__name__, sys.getdefaultencoding())
