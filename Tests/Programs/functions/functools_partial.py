# functools.partial binds positional and keyword arguments; later keywords override.
import functools
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(7), cube(3), two_to(10), two_to(exp=5), cube(5, exp=4), square(10, mod=7))
print(square.args, square.keywords, square.func is power)
nested = functools.partial(functools.partial(power, mod=1000), 3)
print(nested(10), nested.args, nested.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 8, 1], 0))
