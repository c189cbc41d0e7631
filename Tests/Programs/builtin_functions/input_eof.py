# input() with stdin at EOF raises EOFError after writing the prompt; next() defaults.
import sys
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.read(), repr(sys.stdin.readline()))
print(next(iter([]), "default"), next(iter("ab")), next(iter(()), None))
try:
    next(iter(()))
except StopIteration as e:
    print(type(e).__name__, e.value)
