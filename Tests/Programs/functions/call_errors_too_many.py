# The exact TypeError messages for too many positional arguments.
def zero(): pass
def one(a): pass
def two(a, b): pass
def opt(a, b=1): pass
def kwo(a, *, k): pass
def kwo_default(a, *, k=1): pass
class K:
    def meth(self): pass
    @staticmethod
    def st(x): pass
for call in [lambda: zero(1), lambda: one(1, 2), lambda: two(1, 2, 3), lambda: opt(1, 2, 3),
             lambda: opt(1, 2, 3, 4), lambda: kwo(1, 2, k=3), lambda: kwo(1, 2),
             lambda: kwo_default(1, 2), lambda: K().meth(1), lambda: K.st(1, 2),
             lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
