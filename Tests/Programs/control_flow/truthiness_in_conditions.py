# if/while consult __bool__, then __len__; errors for bad __bool__ results.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print("yes" if B(True) else "no", "yes" if L(0) else "no", "yes" if L(3) else "no")
stack = L(3)
while stack:
    stack.n -= 1
print("drained", stack.n)
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError", e)
print(bool(object()), not B(False))
