# float % and // are exact per CPython (fmod-based), with sign rules and near-multiple cases.
cases = [(0.3, 0.1), (1.0, 0.1), (-1.0, 0.1), (5.0, -0.3), (1e16, 3.0), (-1e-300, 1.0), (7.0, 7.0), (-7.0, 7.0), (2.5, 0.5), (1e300, 1e-300)]
for a, b in cases:
    print(a, b, a % b, a // b, divmod(a, b))
import math
print(math.fmod(-1e-300, 1.0), -1e-300 % 1.0, (-1e-300) // 1.0, 0.1 % 1, -0.1 % 1, 3.5 % -1)
