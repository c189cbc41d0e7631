# *iterable at a call consumes generators, dict keys, strings, ranges and custom iterables.
def f(*args):
    return args
gen = (i * 10 for i in range(3))
print(f(*gen), f(*gen))
print(f(*{"a": 1, "b": 2}), f(*"hi"), f(*range(3, 0, -1)), f(*b"ab"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(f(*Countdown(4)))
it = iter([1, 2, 3])
next(it)
print(f(*it), f(*it))
print(max(*[3, 9, 2]), print(*["no", "sep"], sep=""))
