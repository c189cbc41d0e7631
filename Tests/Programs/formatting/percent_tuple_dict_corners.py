# %-formatting argument shapes: tuple subclasses, dicts as single %s, lists, nested tuples and mapping without keys.
class T(tuple):
    pass
print("%s %s" % T((1, 2)), "%s" % ((1, 2),), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % {"a": 1}, "%d%%" % 5)
print("%(a)s %(a)r" % {"a": "x"}, "%s" % {}, "no format" % {}, "%(k)s" % {"k": (1, 2)}, "%s|%s" % ("a", ("b",)))
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(hello)s %(x)s" % M())
for fmt, arg in (("%(a)s %s", {"a": 1}), ("%s %s", [1, 2]), ("%s", ()), ("%(a)d", {"a": "str"}), ("%s %s" , T((1,)))):
    try:
        print(repr(fmt % arg))
    except (TypeError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
