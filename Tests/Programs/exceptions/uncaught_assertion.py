# An uncaught AssertionError with a message.
items = [1, 2, 3]
assert len(items) == 3, "three items"
print("first assert passed")
assert sum(items) == 7, f"sum was {sum(items)}"
