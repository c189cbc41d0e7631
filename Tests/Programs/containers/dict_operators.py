# dict operators | and |=, equality ignoring order, construction forms, comprehensions.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, a == {"y": 2, "x": 1}, a != b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print("TypeError", e)
print(dict(zip("abc", range(3))), dict([(1, 2), (3, 4)]), dict(a, extra=True), dict(x=1))
print({k: v for k, v in zip(range(5), "hello") if k % 2 == 0}, {n: n ** 2 for n in range(4)})
print({1: "a"} == {1.0: "a"}, {"a": [1]} == {"a": [1]}, len({}), {"k": 1}.keys() == {"k"})
