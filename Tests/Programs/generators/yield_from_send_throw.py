# send() and throw() pass through "yield from" to the innermost generator.
def inner():
    try:
        while True:
            got = yield "inner ready"
            print("  inner got", got)
    except KeyError as e:
        print("  inner handled", repr(e))
        yield "inner after KeyError"
    finally:
        print("  inner finally")
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("  outer got", repr(e))
        yield "outer after ValueError"
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
g.close()
print("closed")
def closer():
    yield from inner()
c = closer()
next(c)
c.close()
print("close reached the inner generator")
