# repr of very deeply nested lists hits the recursion limit inside repr itself.
nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError", e)
shallow = []
for _ in range(50):
    shallow = [shallow]
print(repr(shallow))
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError", e)
print(len(repr([[[[[]]]]])))
