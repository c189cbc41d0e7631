# int subclasses: arithmetic returns int, repr override, __new__ with extra data, bool(int subclass).
class Celsius(int):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{int(self)}°{self.unit}"
t = Celsius(21)
print(t, repr(t), str(t), f"{t}", f"{t!r}", t + 1, type(t + 1).__name__, t * 2, t == 21, hash(t) == hash(21), t.unit)
print(sorted([Celsius(5), 3, Celsius(-1)]), max(Celsius(1), Celsius(2)), int(t), float(t), t.bit_length(), format(t, "04d"))
class Zero(int):
    pass
print(bool(Zero(0)), bool(Zero(3)), Zero(7) // 2, divmod(Zero(7), 2), Zero("ff", 16), Zero(), [0, 1, 2][Zero(1)])
class Loud(int):
    def __add__(self, o):
        return "added"
    def __radd__(self, o):
        return "radded"
print(Loud(1) + 1, 1 + Loud(1), sum([Loud(2)], 0), Loud(2) - 1)
