# ExceptionGroup: construction, nesting, subgroup, split, derive and str.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ExceptionGroup("inner", [ValueError("v2")])])
print(str(eg), repr(eg.message), len(eg.exceptions), repr(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
print(isinstance(eg, Exception), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
