# Native functions and methods called with too few (or too many) arguments: each must
# raise CPython's TypeError instead of reading past the arguments given.
import sys


def attempt(source):
    try:
        result = eval(source)
        print(source, "->", repr(result))
    except BaseException as e:
        print(source, "->", type(e).__name__, e)


for source in [
    'sys.getsizeof()', 'sys.getsizeof(1, 2, 3)', 'sys.getsizeof(1) > 0',
    'any()', 'all()', 'any(1, 2)', 'set().discard()', 'set().remove()',
    '().index()', '().count()', '[].index()', '[].count()', '[].remove()',
    '[].index(1, 2, 3, 4)', '[1, 2, 3, 2].index(2, 2)', '[1, 2, 3].index(3, -1)',
    '(1, 2, 3, 2).index(2, 2, 10)', '(1, 2).index(1, 1)', '[1, 2].index(1, None)',
    'object().__eq__()', 'object().__ne__()', 'object().__eq__(1, 2)',
    'object.__getattribute__(object())', 'object.__setattr__(object(), "a")',
    'object.__delattr__(object(), "a", 1)', 'list.__delattr__([1, 2], 1, 2)',
    'bool.__setattr__(True, 1)',
    'int.__subclasscheck__()', 'int.__instancecheck__()', 'property().__set_name__(1)',
    '__import__()',
]:
    attempt(source)
