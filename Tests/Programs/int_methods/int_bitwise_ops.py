# &, |, ^, ~, << and >> on ints of both signs and sizes, plus shift errors.
vals = (0, 1, -1, 6, -6, 0xF0F0, -(2**70) + 5, 2**70 + 3)
for a in vals:
    print(a, ~a, [a & b for b in vals[:4]], [a | b for b in vals[:4]], [a ^ b for b in vals[:4]])
for a in (1, -1, 5, -5, 2**65, -(2**65)):
    print(a << 3, a >> 1, a >> 100, a << 0, a >> 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True << 1).__name__)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(1 << 200 >> 199, (-1) >> 10**6)
