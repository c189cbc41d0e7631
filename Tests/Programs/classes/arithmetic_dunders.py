# Arithmetic dunders: binary, reflected, unary, and the operators that use them.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    __rmul__ = __mul__
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, o, mod=None): return N(pow(self.v, o, mod))
    def __rpow__(self, o): return N(o ** self.v)
    def __matmul__(self, o): return "matmul"
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
a = N(7)
print(a + 1, 1 + a, a + a, a - 2, 10 - a, a * 3, 3 * a, a / 2, a // 2, a % 4, divmod(a, 2))
print(a ** 2, pow(a, 2, 5), 2 ** a, a @ a, -a, +a, abs(N(-3)), ~a, a << 2, a & 3, a | 8, a ^ 1)
print(sum([N(1), N(2), N(3)]), sum([N(1)], N(10)))
