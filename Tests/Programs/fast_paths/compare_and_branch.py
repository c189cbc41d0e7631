# Fused compare-and-branch and the small-int fast paths, against every kind of operand:
# ints (small and big), floats, bools, strings, None and objects with rich comparisons
# that return non-bool values.


class Odd:
    def __lt__(self, other):
        return []

    def __eq__(self, other):
        return 1

    def __ge__(self, other):
        raise ValueError("no >= for Odd")


values = [0, 1, -1, 2.5, -0.0, 1 << 60, -(1 << 61), 10 ** 20, True, False, "a", None, float("nan")]
for x in values:
    row = []
    for y in values:
        try:
            row.append("<" if x < y else ">=" if x >= y else "?")
            if x == y:
                row.append("=")
            if x != y:
                row.append("!")
            if not (x > y):
                row.append("n>")
            if x <= y:
                row.append("<=")
        except TypeError as e:
            row.append("T")
    print(repr(x), " ".join(row))

o = Odd()
print("lt" if o < 1 else "not lt")
print("eq" if o == 2 else "not eq")
try:
    if o >= 3:
        print("ge")
except ValueError as e:
    print("ValueError", e)

i, n = 0, 5
while i < n:
    i += 1
print(i)
while n:
    n -= 1
print(n)
for v in [0, 7, -3, 1 << 62, 0.0, "", "x"]:
    print(repr(v), "true" if v else "false")

ops = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1 << 59, 3), (-(1 << 60), -1), (5, 0)]
for a, b in ops:
    for name, f in [("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
                    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<<", lambda a, b: a << (b & 63)),
                    (">>", lambda a, b: a >> (b & 63))]:
        try:
            print(a, name, b, f(a, b))
        except ZeroDivisionError as e:
            print(a, name, b, "ZeroDivisionError", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
print((1 << 60) + 1, -(1 << 60) - 1, (1 << 59) << 2, 2.5 + 1, 2.5 - 1, "s" + "t")
