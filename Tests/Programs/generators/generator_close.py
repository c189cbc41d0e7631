# close() raises GeneratorExit at the paused yield; finally blocks run; yielding again is an error.
def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  finally runs")
g = worker()
print(next(g))
g.close()
print("closed", list(g))
g.close()
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
