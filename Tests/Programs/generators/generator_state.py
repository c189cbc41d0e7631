# Generator state: gi_running, gi_frame, re-entrancy error, exhausted generators.
import inspect
def gen():
    yield inspect.getgeneratorstate(g)
    yield g.gi_running
g = gen()
print(inspect.getgeneratorstate(g))
print(next(g), next(g), inspect.getgeneratorstate(g))
print(next(g, "done"), inspect.getgeneratorstate(g), g.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def simple():
    yield 1
s = simple()
print(list(s), next(s, "exhausted"), s.gi_code.co_name, s.__name__, s.__qualname__)
