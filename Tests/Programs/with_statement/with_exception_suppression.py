# __exit__ receives the exception; a true return value suppresses it, false lets it propagate.
class Catch:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  exit got", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.types)
with Catch(KeyError) as c:
    {}["missing"]
    print("not reached")
print("suppressed:", repr(c.caught))
try:
    with Catch(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    1 / 0
print("suppressed by truthy value")
def f():
    with Catch(ZeroDivisionError):
        return 1 / 0
    return "after with"
print(f())
