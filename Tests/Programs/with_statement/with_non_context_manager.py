# Objects without __enter__/__exit__ cannot be used in with (3.11 message).
for obj in (5, "str", object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
class OnlyExit:
    def __exit__(self, *a):
        pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    print("TypeError", e)
class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: None
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except TypeError as e:
    print("TypeError", e)
