# __format__ receives the format spec from format(), f-strings and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(format(m), format(m, "short"), f"{m:.1f}", f"{m:short}", "{:>10}|{:short}".format(m, m))
class Default:
    def __str__(self):
        return "as str"
print(format(Default()), f"{Default()}", f"{Default()!s:>8}")
try:
    format(Default(), "x")
except TypeError as e:
    print("TypeError", e)
