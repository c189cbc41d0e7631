# A class defined in a function sees the function's locals; the class name binds locally.
def factory(tag):
    prefix = "<" + tag
    class Tagged:
        suffix = ">"
        def show(self, x):
            return prefix + ":" + str(x) + self.suffix
    return Tagged
T = factory("p")
U = factory("q")
print(T().show(1), U().show(2), T is U, T.__name__, T.__qualname__)
def g():
    value = "before"
    class K:
        def read(self):
            return value
    value = "after"
    return K().read()
print(g())
