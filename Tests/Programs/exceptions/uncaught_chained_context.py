# An uncaught exception raised in an except block; the context is printed first.
try:
    int("abc")
except ValueError:
    print("handling")
    raise LookupError("while handling")
