# float subclasses and sys.float_info fields; float methods return plain floats.
import sys
class Temp(float):
    def __repr__(self):
        return f"Temp({float(self)})"
t = Temp(36.6)
print(t, repr(t), str(t), f"{t}", f"{t:.0f}", t + 1, type(t + 1).__name__, type(-t).__name__, type(abs(t)).__name__, t == 36.6)
print(type(round(t, 1)).__name__, round(t), t.is_integer(), Temp("1e3"), Temp(5), hash(Temp(2.0)) == hash(2))
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(fi.max * 2, fi.min / 2**52, fi.min / 2**53, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, len(fi))
print(float.__getformat__("double"), float.__getformat__("float"))
