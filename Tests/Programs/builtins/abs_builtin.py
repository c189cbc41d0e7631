# abs of ints, floats, big ints, bools, complex numbers and objects with __abs__.
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(-(10 ** 30)), abs(True), abs(False), abs(-float("inf")))
print(abs(3 + 4j), abs(-1j), abs(float("nan")), type(abs(True)).__name__, abs(-2 ** 63), abs(-9223372036854775808))
class Dist:
    def __abs__(self):
        return "custom abs"
print(abs(Dist()))
for bad in ("x", [1], None):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
