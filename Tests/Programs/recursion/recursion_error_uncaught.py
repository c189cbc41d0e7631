# Unbounded recursion at the default limit ends with an uncaught RecursionError.
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
forever(0)
