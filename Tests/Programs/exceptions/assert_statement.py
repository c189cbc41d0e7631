# assert raises AssertionError with an optional message evaluated only on failure.
def t(x):
    print("message evaluated")
    return x
assert True, t("never")
try:
    assert 1 == 2, t("custom message")
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", e.args, repr(str(e)))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = 5
assert x > 0
print("assertion passed")
assert x < 0, f"x is {x}"
