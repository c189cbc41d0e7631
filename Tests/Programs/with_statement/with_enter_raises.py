# If __enter__ raises, __exit__ of that manager is not called, but earlier managers exit.
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise OSError(f"{self.name} failed to open")
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
try:
    with CM("only", fail=True):
        print("body not run")
except OSError as e:
    print("caught", e)
try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("body not run")
except OSError as e:
    print("caught", e)
