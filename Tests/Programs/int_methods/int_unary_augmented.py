# Unary -, +, ~, abs on ints and augmented assignment operators on ints, including huge values.
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x %= 7; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xFF; x ^= 0b1010
print(x)
y = 7
y /= 2
print(y, type(y).__name__)
for n in (0, 5, -5, 2**64, -(2**64)):
    print(-n, +n, ~n, abs(n), -(-n) == n, ~~n == n)
big = 10**50
big += 1
big *= big
print(big % 10**6, len(str(big)), -big < 0)
class MyInt(int):
    pass
m = MyInt(3)
print(type(-m).__name__, type(+m).__name__, type(abs(m)).__name__, type(~m).__name__, type(m + 1).__name__)
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = None
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
