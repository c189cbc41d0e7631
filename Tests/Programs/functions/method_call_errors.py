# Argument errors of methods name the method by its qualified name.
class Outer:
    class Inner:
        def go(self, a, *, b): pass
    def run(self, x, y=0): pass
    @classmethod
    def make(cls, n): pass
o = Outer()
for call in [lambda: o.run(), lambda: o.run(1, 2, 3), lambda: Outer.make(), lambda: o.make(1, 2),
             lambda: Outer.Inner().go(1), lambda: Outer.Inner().go(1, 2), lambda: Outer.run(),
             lambda: o.run(1, z=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(Outer.Inner.go.__qualname__, Outer.run.__qualname__, o.run.__func__.__name__)
