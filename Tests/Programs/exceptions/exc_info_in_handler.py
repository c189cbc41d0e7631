# sys.exc_info() and sys.exception-like state inside and after handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())
def helper():
    return sys.exc_info()[1]
try:
    raise IndexError("seen by callee")
except IndexError:
    print(repr(helper()))
