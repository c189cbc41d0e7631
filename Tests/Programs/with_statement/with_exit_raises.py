# An exception raised in __exit__ replaces the body's exception, which becomes its context.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError(f"exit failed while handling {t.__name__ if t else None}")
try:
    with Bad():
        raise ValueError("body error")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    with Bad():
        pass
except RuntimeError as e:
    print(e, "| context:", e.__context__)
