# Infinite recursion through special methods raises RecursionError, which can be caught.
class BadEq:
    def __eq__(self, other):
        return self == other
try:
    BadEq() == 1
except RecursionError as e:
    print("RecursionError from __eq__:", e)
class BadGetattr:
    def __getattr__(self, name):
        return self.missing
try:
    BadGetattr().anything
except RecursionError as e:
    print("RecursionError from __getattr__:", e)
class BadLen:
    def __len__(self):
        return len(self)
try:
    len(BadLen())
except RecursionError as e:
    print("RecursionError from __len__:", e)
print("still running")
