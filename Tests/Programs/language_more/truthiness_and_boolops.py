# and/or return operands, evaluate __bool__/__len__ once per test, and not always returns bool.
class T:
    def __init__(self, name, val):
        self.name = name
        self.val = val
    def __bool__(self):
        print("bool", self.name)
        return self.val
    def __repr__(self):
        return self.name
a, b = T("a", True), T("b", False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a, not b)
print(b or 0 or "" or None)
print(1 and [] and 2, 0 or [] or {}, "x" and "y" or "z")
r = a if b else b
print(r)
x = [1] if a and not b else []
print(x)
while b:
    break
else:
    print("while else")
print([v for v in (a, b) if v])
class L:
    def __len__(self):
        print("len")
        return 2
print(bool(L()), L() and "yes", not L())
class Both:
    def __bool__(self):
        print("bool wins")
        return False
    def __len__(self):
        print("len not used")
        return 1
print(bool(Both()))
