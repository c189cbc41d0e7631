# The name bound by "except ... as name" is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
def f():
    x = None
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    return x
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError", err)
def g():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return repr(saved)
print(g())
