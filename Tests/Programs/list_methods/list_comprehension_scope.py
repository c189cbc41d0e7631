# List comprehensions: nested loops, conditions, walrus, and iteration variable scope.
print([x * y for x in range(1, 4) for y in range(x)], [x for x in range(10) if x % 2 if x % 3])
print([[j for j in range(i)] for i in range(4)], [(x, y) for x in "ab" for y in (1, 2)])
x = "outer"
print([x for x in "inner"], x)
print([y := n * 2 for n in range(3)], y)
total = 0
print([total := total + v for v in (1, 2, 3)], total)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
