# Methods of a finished generator: next/send raise StopIteration, throw re-raises.
def one():
    yield 1
    return "ret"
g = one()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("first StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("later StopIteration value:", e.value)
try:
    g.send("x")
except StopIteration as e:
    print("send on finished:", e.value)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw on finished re-raises:", e)
print(g.close(), list(g))
def failing():
    yield 1
    raise KeyError("inside")
f = failing()
next(f)
try:
    next(f)
except KeyError as e:
    print("error ends generator", repr(e))
print(next(f, "finished after error"))
