# The 4300-digit limit on int<->str conversion and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)) > 4000, int("f" * 5000, 16) > 0)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4500)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{10 ** 700}")
except ValueError as e:
    print(type(e).__name__, e)
print(int("9" * 640) % 1000)
sys.set_int_max_str_digits(4300)
