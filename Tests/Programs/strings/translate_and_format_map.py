# str.maketrans (1, 2 and 3 arguments) and its errors; translate with ints, strs, None and lookup errors; format_map.
from _check import t

t(lambda: sorted(str.maketrans("abc", "xyz", "d").items())); t(lambda: sorted(str.maketrans({"a": 1, 98: "B", "c": None}).items()))
t(lambda: "abc".translate([None, "x"] * 50)); t(lambda: "hello".translate({ord("l"): None, ord("h"): "JJ"}))
t(lambda: str.maketrans({"ab": 1})); t(lambda: str.maketrans({1.5: 1})); t(lambda: str.maketrans([])); t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", 1)); t(lambda: str.maketrans("ab", "c")); t(lambda: "abc".translate({97: 0x110000})); t(lambda: "abc".translate({97: 1.5}))


class Loud(dict):
    def __missing__(self, key):
        return key.upper()


class Raising:
    def __getitem__(self, key):
        raise ValueError("no " + str(key))


t(lambda: "{a}-{b[0]}-{c.real}".format_map({"a": 1, "b": [2], "c": 3})); t(lambda: "{x}{y}".format_map(Loud(x=1)))
t(lambda: "{}".format_map({})); t(lambda: "{0}".format_map({})); t(lambda: "{x}".format_map({})); t(lambda: "a".translate(Raising()))
