# Truthiness: __bool__ must return bool, __len__ fallback, __bool__ = None, and len-based errors.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), not L(0), "yes" if L(2) else "no")
for v in (B(1), B(None), B("x"), L(-1), L(2**64)):
    try:
        print(bool(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if B(2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(B(True) and "and-ok", B(False) or "or-ok", [x for x in (L(0), L(1), B(True))].__len__())
