# The exact TypeError messages for missing arguments.
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def kw(*, x, y): pass
def mixed(a, b=1, *, c, d=2): pass
class K:
    def meth(self, v): pass
for call in [lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(c=1),
             lambda: kw(), lambda: kw(y=1), lambda: mixed(), lambda: mixed(1),
             lambda: K().meth(), lambda: K.meth(), lambda: (lambda q: q)()]:
    try:
        call()
    except TypeError as e:
        print(e)
