# __format__ of user classes: format(), str.format, f-strings, object.__format__ errors.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec == "bad":
            return 5
        return f"${self.v:{spec}}"
m = Money(1234.5)
print(format(m), format(m, ",.2f"), "{:>12.1f}".format(m), f"{m:_.0f}")
try:
    format(m, "bad")
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), format(Plain(), ""), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def __format__(self, spec):
        return "S:" + spec
class I(int):
    pass
print(format(S("x"), "^5"), f"{I(7):03}", format(I(255), "x"), object.__format__(Plain(), ""))
try:
    format(m, 5)
except TypeError as e:
    print(type(e).__name__, e)
