# Methods bind self on instance access; functions on the class are plain functions.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
m = c.inc
m(); m(5)
print(c.n, m.__self__ is c, m.__func__ is Counter.inc, type(m).__name__)
Counter.inc(c, 10)
print(c.n, c.inc().inc().n)
print(c.inc == c.inc, c.inc is c.inc, Counter.inc is Counter.inc)
def outside(self):
    return "patched " + str(self.n)
Counter.patched = outside
print(c.patched())
c.instance_func = lambda: "no self"
print(c.instance_func())
d = Counter()
bound = d.inc
Counter.inc = lambda self, by=1: "replaced"
print(bound().n, d.inc())
