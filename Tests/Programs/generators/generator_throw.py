# throw() raises inside the generator at the paused yield.
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("  generator caught", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted after propagation"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw raises", repr(e))
print(list(f))
def cleanup():
    try:
        yield 1
    finally:
        print("  finally on throw")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError)
except RuntimeError as e:
    print("got", repr(e))
