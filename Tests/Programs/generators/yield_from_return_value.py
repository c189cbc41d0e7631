# The value of "yield from" is the sub-generator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def delegator():
    result = yield from sub(3)
    print("  sub returned", result)
    again = yield from sub(2)
    return result + again
g = delegator()
print(next(g))
print([g.send(v) for v in (10, 20, 30, 1)])
try:
    g.send(2)
except StopIteration as e:
    print("delegator returned", e.value)
def plain_return():
    return "immediately"
    yield
def wrap():
    v = yield from plain_return()
    yield v
print(list(wrap()))
def from_list():
    v = yield from [1, 2]
    yield ("list gives", v)
print(list(from_list()))
