# RecursionError can be caught; the program recovers and can recurse again afterwards.
import sys
deepest = 0
def dive(n):
    global deepest
    deepest = n
    return dive(n + 1)
try:
    dive(1)
except RecursionError as e:
    print("RecursionError", e)
print(500 < deepest < 1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
for _ in range(3):
    try:
        dive(1)
    except RecursionError:
        pass
print("survived repeated overflows", ok(900))
print(isinstance(RecursionError(), RuntimeError))
