# Function objects: __name__, __qualname__, __doc__, __defaults__, __code__, custom attributes.
def f(a, b=2, *args, c, d=4, **kw):
    "The docstring."
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_nlocals, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
f.custom = "attr"
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, callable(g), type(g).__name__)
class C:
    def m(self): pass
print(C.m.__qualname__, C().m.__name__, C().m.__self__.__class__.__name__)
