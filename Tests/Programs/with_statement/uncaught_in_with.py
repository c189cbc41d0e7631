# An uncaught exception in a with body: __exit__ runs first, then the traceback.
class Announce:
    def __enter__(self):
        print("entering")
    def __exit__(self, t, v, tb):
        print("exiting because of", t.__name__)
with Announce():
    print("working")
    raise PermissionError("access denied")
