# An inconsistent hierarchy fails with a TypeError naming the bases.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class D(X, X): pass
except TypeError as e:
    print("TypeError", e)
try:
    class E(X, A): pass
except TypeError as e:
    print("TypeError", e)
try:
    class F(bool): pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(int, str): pass
except TypeError as e:
    print("TypeError", e)
