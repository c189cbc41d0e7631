# A __repr__ that calls repr(self) recurses until RecursionError (uncaught).
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
print("before")
print(repr(Loop()))
