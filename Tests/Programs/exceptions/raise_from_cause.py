# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number: " + s) from e
try:
    convert("x")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("v") from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
