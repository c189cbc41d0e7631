# Python 3.11 limits int<->str conversion to 4300 digits (powers of two bases are exempt).
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(hex(2 ** 20000)), int("f" * 5000, 16) > 0)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
