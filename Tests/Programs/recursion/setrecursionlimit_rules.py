# sys.setrecursionlimit validates its argument; getrecursionlimit reflects changes.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
sys.setrecursionlimit(1000)
try:
    depth(4000)
except RecursionError as e:
    print("RecursionError", e)
