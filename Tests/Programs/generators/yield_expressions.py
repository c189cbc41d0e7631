# yield used as an expression: in assignments, arithmetic, calls, and bare in loops.
def arith():
    x = (yield 1) + 10
    y = (yield x) * 2
    z = yield
    yield [x, y, z]
g = arith()
print(next(g), g.send(5), g.send(3), g.send("z"))
def logger():
    while True:
        print("  log:", (yield))
lg = logger()
next(lg)
lg.send("first")
lg.send("second")
lg.close()
def in_call():
    result = str((yield "need value"))
    yield result.upper()
c = in_call()
print(next(c), c.send("abc"))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def walk(self, depth=0):
        yield "  " * depth + str(self.v)
        for k in self.kids:
            yield from k.walk(depth + 1)
for line in Tree(1, [Tree(2, [Tree(3)]), Tree(4)]).walk():
    print(line)
print(Tree.walk.__name__, type(Tree(0).walk()).__name__)
