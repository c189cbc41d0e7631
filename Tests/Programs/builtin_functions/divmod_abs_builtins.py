# divmod and abs over ints, floats, bools, complex and user classes with __divmod__/__abs__.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, -5), divmod(True, 2), divmod(2**100, 7))
print(abs(-5), abs(-0.0), abs(-2**100), abs(3-4j), abs(True), abs(float("-inf")), abs(float("nan")))
class V:
    def __abs__(self):
        return "absolute"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(abs(V()), divmod(V(), 3), divmod(3, V()))
for f in (lambda: abs("x"), lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: divmod(1j, 1)):
    try:
        f()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
