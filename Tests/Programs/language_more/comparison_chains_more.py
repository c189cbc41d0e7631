# Comparison chains evaluate each operand once, short-circuit, and mix in/is/not in.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1.0) != v(2) is not None)
print(1 < 2 in [2], 1 in [1] in [[1]], 2 not in [1] == True, None is None is not False)
print(0 < 5 <= 5 < 6 > -1 >= -1 != 0 == 0.0)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
class Weird:
    def __lt__(self, o):
        return "truthy string"
    def __gt__(self, o):
        return ""
w = Weird()
print(w < 1, w > 1, w < 1 < 2, w > 1 < 2, 1 < w)
try:
    1 < "a" < 2
except TypeError as e:
    print(type(e).__name__, e)
print([] == [] < [1], () < (1,) <= (1,), "a" < "b" < "c" != "c")
x = 5
print(1 < x < 10, not 1 < x < 3, (1 < x) < 3, 1 < (x < 3))
