# pow with three arguments: negative exponents (modular inverse), negative modulus, errors.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(2, -3, 11), pow(10, -1, 17), pow(-3, -1, 7))
print(pow(5, 0, 1), pow(0, 0, 7), pow(7, 3, 1), pow(123456789, 987654321, 10**9 + 7))
print(pow(2, 10**5, 10**9 + 9), pow(38, -1, 97) * 38 % 97)
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5, mod=7), pow(2, 5, None))
class M:
    def __index__(self):
        return 7
try:
    print(pow(3, 2, M()))
except TypeError as e:
    print(type(e).__name__, e)
