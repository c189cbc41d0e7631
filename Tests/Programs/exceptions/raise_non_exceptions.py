# raise accepts classes (instantiated) and instances; anything else is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
for bad in (5, "string", object, None):
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        1 / 0
    except int:
        pass
except TypeError as e:
    print("TypeError", e)
class Weird(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
try:
    raise Weird
except TypeError as e:
    print("TypeError", e)
