# Big integer floor division and modulo with every sign, mixed with small operands.
big = 10 ** 40 + 12345
small = [3, -3, 7, -7, 2 ** 63, -(2 ** 63), 10 ** 20 + 1]
for a in (big, -big):
    for b in small:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r < 0) == (b < 0))
        print(a // b, a % b)
print(divmod(2 ** 200, 2 ** 100 + 1))
print(divmod(-(2 ** 200), 2 ** 100 - 1))
print(7 // (10 ** 30), -7 // (10 ** 30), 7 % -(10 ** 30))
