# An uncaught group from except*: nested boxes, chained cause shown once, handler exception.
def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    err = e
eg = ExceptionGroup("top", [err, ExceptionGroup("nested", [TypeError("t"), KeyError("k")]), OSError("o")])
eg.add_note("a note")
try:
    raise RuntimeError("cause")
except RuntimeError as c:
    try:
        raise eg from c
    except* TypeError:
        raise IndexError("in handler")
