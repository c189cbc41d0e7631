# A bare raise re-raises the exception being handled; without one it is a RuntimeError.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("got back", e)
def g():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    g()
except LookupError as e:
    print("after nested handler, raise re-raises", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
