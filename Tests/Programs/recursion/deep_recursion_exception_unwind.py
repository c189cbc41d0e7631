# An exception raised 50000 frames deep unwinds through every finally block.
import sys
sys.setrecursionlimit(100000)
unwound = 0
def descend(n):
    global unwound
    try:
        if n == 0:
            raise ValueError("bottom reached")
        return descend(n - 1)
    finally:
        unwound += 1
try:
    descend(50000)
except ValueError as e:
    print(e, unwound)
def catch_at(n, target):
    if n == target:
        try:
            return catch_at(n + 1, target)
        except KeyError as e:
            return f"caught {e} at depth {n}"
    if n == 40000:
        raise KeyError("deep")
    return catch_at(n + 1, target)
print(catch_at(0, 123))
