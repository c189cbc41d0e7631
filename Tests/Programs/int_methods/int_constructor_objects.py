# int() of floats, bools, and objects with __int__, __index__, __trunc__.
print(int(), int(3.99), int(-3.99), int(-0.0), int(1e20), int(True), int(2.5e-3))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class A:
    def __int__(self):
        return 7
class B:
    def __index__(self):
        return 8
class D:
    def __int__(self):
        return "no"
print(int(A()), int(B()))
try:
    int(D())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1+2j)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
m = MyInt(5)
print(type(int(m)).__name__, int(m), type(+m).__name__)
print(int(10**30 + 0.0) == 10**30)
