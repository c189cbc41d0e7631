# sys.set_int_max_str_digits: limits on int<->str conversion in decimal, not in power-of-two bases.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("1" * 4300) % 1000)
print(len(hex(big)), len(bin(big)), len(oct(big)), int("f" * 5000, 16) % 7)
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % big
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(big)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 640)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 639)), len(str(-(10 ** 639))))
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits("5")
except TypeError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(int(" " * 5000 + "5"), int("-" + "0" * 10 + "1"))
