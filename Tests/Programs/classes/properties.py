# property getters, setters, deleters, read-only properties and their error messages.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
class Legacy:
    def get(self): return "got"
    value = property(get, doc="old style")
print(Legacy().value, Legacy.value.__doc__, Legacy.value.fset)
