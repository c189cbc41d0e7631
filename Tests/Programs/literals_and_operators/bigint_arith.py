# Big integer arithmetic: factorials, powers, products, sums with sign changes.
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(2 ** 200, -(2 ** 200))
print(3 ** 100 - 3 ** 99)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(a * -b, -a * -b)
print((2 ** 64) * (2 ** 64) == 2 ** 128, 2 ** 64 - 1, -(2 ** 63))
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 20)
x = 1
for _ in range(100):
    x = x * 31 + 7
print(x)
print(x % 1000000007, len(str(x)))
print(abs(-(10 ** 40)), -(10 ** 40) + 10 ** 40)
