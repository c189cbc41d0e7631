# Native functions and methods given arguments of the wrong type: each must raise
# CPython's TypeError instead of reading the argument with the wrong layout.
import sys


def attempt(source):
    try:
        result = eval(source)
        print(source, "->", repr(result))
    except BaseException as e:
        print(source, "->", type(e).__name__, e)


for source in [
    '"abc".center(10, 1)', '"abc".ljust(5, 2.0)', '"abc".rjust(5, 2)', '"abc".center(7, "*")',
    '"abc".strip(1)', '"abc".lstrip(b"a")', '"abc".rstrip(None)', '"abc".strip("ac")',
    '"abc".strip(1, 2)', '"a,b".partition(1)', '"a,b".rpartition(None)',
    'sys.intern(5)', 'sys.intern("ok")', '(1.5).__format__(1)', '(1).__format__(None)',
    '"a".__format__(1)', 'object().__format__(1)',
    'object.__getattribute__(object(), 5)', 'object.__setattr__(object(), 5, 1)',
    'object.__delattr__(object(), 5)', 'type.__getattribute__(int, 5)',
    'tuple.__getattribute__((), 1)', 'getattr(1, 2)', 'setattr(1, 2, 3)', 'delattr([], len)',
    'hasattr(1, None)', '__import__(print, None)', '__import__(5)',
    'type.__subclasscheck__(int, 1)', 'type.__subclasscheck__(int, bool)',
    'b"a\\tb".expandtabs(2**62)', '"a\\tb".expandtabs(2**31)', '"a\\tb".expandtabs(-2**62)',
]:
    attempt(source)
