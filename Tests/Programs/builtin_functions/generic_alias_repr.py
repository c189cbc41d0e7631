# Builtin generic aliases (PEP 585) and X | Y unions: repr, __origin__/__args__, isinstance rules.
import types
a = list[int]
print(a, repr(dict[str, list[int]]), tuple[int, ...], type[int], a.__origin__ is list, a.__args__, type(a).__name__)
print(a() == [], a("ab"), dict[str, int](x=1), list[int] == list[int], list[int] == list[str])
u = int | str
print(u, repr(int | None), type(u).__name__, u.__args__, isinstance(1, u), isinstance("s", u), isinstance(1.5, u), issubclass(bool, u))
print(int | str == str | int, (int | str) | float, list[int] | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(None) | int, isinstance(None, int | None), types.GenericAlias is type(list[int]), frozenset[str], set[tuple[int, int]])
