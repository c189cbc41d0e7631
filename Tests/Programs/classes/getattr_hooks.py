# __getattr__ runs only for missing attributes; __getattribute__ runs for every lookup.
class Lazy:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.computed_x, getattr(l, "computed_y"), hasattr(l, "other"))
try:
    l.other
except AttributeError as e:
    print("AttributeError", e)
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("  lookup", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.x)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
f = Fallback()
print(f.boom, f.missing)
print(type(f).__name__)
