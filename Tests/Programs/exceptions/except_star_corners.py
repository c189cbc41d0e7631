# except* corners: structure kept, re-raise vs new raise, naked exceptions, invalid types, else/finally, exc_info.
import sys
def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))
def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, x.message, [show_leaf(y) for y in x.exceptions])
    return repr(x)

# each clause runs once; nested structure kept
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError as eg:
        show("V:", eg)
        print("exc_info is match:", sys.exc_info()[1] is eg)
    except* (TypeError, KeyError) as eg:
        show("TK:", eg)
except Exception as e:
    print("should not", e)
else:
    print("all handled")

# rest propagates with structure
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* TypeError:
        print("got TypeError part")
except ExceptionGroup as e:
    show("rest:", e)

# raise in handler + unhandled rest
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show("combined:", e)
    show("ctx of new:", e.exceptions[0].__context__)

# bare raise reraises the matched part
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show("reraised:", e)

# reraise of both with new exception
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("rt")
except ExceptionGroup as e:
    show("mixed:", e)

# naked exception not matched propagates naked
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked rest:", repr(e))

# naked matched, handler raises
try:
    try:
        raise KeyError("k")
    except* KeyError as g:
        show("naked g:", g)
        raise ValueError("v")
except ValueError as e:
    print("naked raise:", repr(e), repr(e.__context__))

# naked matched, bare raise
try:
    try:
        raise KeyError("k")
    except* KeyError:
        raise
except ExceptionGroup as e:
    show("naked reraise:", e)

# invalid types
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 3)):
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    print("handled")
finally:
    print("finally after handled")

# name is unbound after
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as e:
    pass
try:
    e
except NameError as ne:
    print(ne)

# BaseExceptionGroup with BaseException
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as g:
        show("base match:", g)
except BaseExceptionGroup as e:
    show("base rest:", e)

# loops inside handler may break
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    for i in range(3):
        if i == 1:
            break
        continue
    print("loop in handler ok", i)

# exc_info restored after
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    pass
print("exc_info after:", sys.exc_info())

# in a function, the whole group handled
def f():
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        return_value = len(g.exceptions)
    return return_value
print("f:", f())

# notes are kept
try:
    try:
        eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
        eg.add_note("note!")
        raise eg
    except* ValueError:
        pass
except ExceptionGroup as e:
    print("notes:", e.__notes__)

# multiple handlers raising
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise OSError("b")
except ExceptionGroup as e:
    show("two raised:", e)

# handler that raises a group
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new", [IndexError(9)])
except ExceptionGroup as e:
    show("raised group:", e)
