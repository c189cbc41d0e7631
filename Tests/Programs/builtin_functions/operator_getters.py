# operator.itemgetter/attrgetter/methodcaller as sort and max keys, multi-item getters and their errors.
from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)), itemgetter(0, 2)(rows[0]))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.info = type("Info", (), {"city": name.upper()})()
    def greet(self, punct):
        return f"hi {self.name}{punct}"
ps = [P(n, a) for n, a, _ in rows]
print([p.name for p in sorted(ps, key=attrgetter("age", "name"))], attrgetter("info.city")(ps[0]), attrgetter("name", "age")(ps[1]))
print(list(map(methodcaller("greet", "!"), ps[:2])), methodcaller("split", ",")("a,b"), sorted(["b", "A", "c"], key=methodcaller("lower")))
print(itemgetter("k")({"k": 1}), itemgetter(slice(1, 3))("abcd"), itemgetter(-1)([1, 2]))
for f in (lambda: itemgetter(5)([1]), lambda: itemgetter("x")({}), lambda: attrgetter("nope")(ps[0]), lambda: attrgetter(1), lambda: methodcaller(5)):
    try:
        f()
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("m", 1, k=2)))
