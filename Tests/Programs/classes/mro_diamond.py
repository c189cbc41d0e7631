# C3 linearization for diamonds and more complex hierarchies.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__], D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.mro()], E().who())
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class K1(F, G): pass
class K2(H, G): pass
class K3(H, F): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(D.__mro__ == tuple(D.mro()), type(D.__mro__).__name__)
