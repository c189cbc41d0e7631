# An exception raised in finally replaces the one in flight (which becomes its context).
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    f()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("not reached")
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beats return")
try:
    g()
except RuntimeError as e:
    print(e, e.__context__)
