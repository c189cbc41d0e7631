# An exception raised while handling another gets it as __context__, automatically.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(type(e).__name__, "context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
except ValueError as e:
    print("finally raise, context:", repr(e.__context__))
def chain_of_three():
    try:
        try:
            raise OSError("first")
        except OSError:
            raise LookupError("second")
    except LookupError:
        raise ArithmeticError("third")
try:
    chain_of_three()
except ArithmeticError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__context__
    print(chain)
try:
    err = ValueError("reused")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("self-context avoided:", e.__context__)
