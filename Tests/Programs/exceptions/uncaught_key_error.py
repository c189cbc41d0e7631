# An uncaught KeyError shows the repr of the key.
d = {"a": 1}
print(d["a"])
print(d["missing key"])
