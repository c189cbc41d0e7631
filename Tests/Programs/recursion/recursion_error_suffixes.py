# Which RecursionError message CPython 3.11 gives depends on which check trips first:
# a Python frame, a builtin or class call, repr(), str() or a rich comparison.
import sys
def attempt(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, "->", e)

class EqList:
    def __eq__(self, other):
        return [self] == [other]
attempt("eq via list", lambda: EqList() == 1)

class Lt:
    def __lt__(self, other):
        return self < other
attempt("lt", lambda: Lt() < 1)

class StrSelf:
    def __str__(self):
        return "%s" % (self,)
def str_case():
    return str(StrSelf())
attempt("str via %", str_case)

class ReprFmt:
    def __repr__(self):
        return "%r" % (self,)
attempt("repr via %r", lambda: repr(ReprFmt()))

class FStr:
    def __str__(self):
        return f"{self}"
attempt("str via f-string", lambda: str(FStr()))

class CallSelf:
    def __call__(self):
        return self()
attempt("__call__", lambda: CallSelf()())

class Init:
    def __init__(self):
        Init()
attempt("__init__", Init)

class Hash:
    def __hash__(self):
        return hash(self)
attempt("hash", lambda: hash(Hash()))

class Getitem:
    def __getitem__(self, k):
        return self[k]
attempt("getitem", lambda: Getitem()[0])

class Bool:
    def __bool__(self):
        return bool(self)
attempt("bool", lambda: bool(Bool()))

class Iter:
    def __iter__(self):
        return iter(self)
attempt("iter", lambda: iter(Iter()))

def via_map(n):
    return list(map(via_map, [n]))
attempt("map", lambda: via_map(0))


class Add:
    def __add__(self, other):
        return self + other
attempt("add", lambda: Add() + 1)

class Contains:
    def __contains__(self, x):
        return x in self
attempt("contains", lambda: 1 in Contains())


nested = []
for _ in range(5000):
    nested = [nested]
attempt("nested eq", lambda: nested == [[[nested]]] )
attempt("nested str", lambda: str(nested))

class ReprInList:
    def __repr__(self):
        return repr([self])
attempt("repr in list", lambda: repr(ReprInList()))

class Format:
    def __format__(self, spec):
        return format(self, spec)
attempt("format", lambda: format(Format(), ""))
def deep(n):
    return deep(n + 1)
attempt("plain", lambda: deep(0))
print(sys.getrecursionlimit())
