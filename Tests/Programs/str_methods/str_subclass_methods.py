# Methods on str subclasses return plain str; __eq__/__hash__ of subclasses; str() of a subclass.
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("Hello")
results = [t.upper(), t.lower(), t + "x", t * 2, t[1:], t.strip(), t.replace("l", "L"), t.center(9), t.split("l")[0], "%s" % t, t.format(), t.join("ab"), f"{t}"]
print([type(r).__name__ for r in results], results)
print(t.shout(), t == "Hello", hash(t) == hash("Hello"), {t: 1}["Hello"], type(str(t)).__name__, isinstance(t, str), repr(t))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __eq__(self, o):
        return str.__eq__(self, o.upper() if isinstance(o, str) else o)
    __hash__ = str.__hash__
u = Upper("abc")
print(u, u == "abc", "abc" == u, u in ["abc"], u != "ABD", len(u), u.lower())
class S(str):
    def __str__(self):
        return "custom-str"
s = S("raw")
print(str(s), f"{s}", "{}".format(s), "%s" % s, s + "", print is not None)
