# Subclassing list, dict, int and str: overrides, extra attributes, result types.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, type(s + [4]).__name__, type(s[:1]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
d = DefaultDict(a=1)
print(d["a"], d["abc"], d, d.get("zz"), "zz" in d)
class Celsius(int):
    def __repr__(self):
        return f"{int(self)}°C"
c = Celsius(20)
print(repr(c), c + 1, type(c + 1).__name__, c * 2, isinstance(c, int), c == 20)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + "by", type(n + "by").__name__, n.upper().__class__.__name__, n == "bob")
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("quiet"), len(Upper("ab")))
