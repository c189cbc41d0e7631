# Functions read globals, assignments create locals that shadow them.
x = "global x"
y = "global y"
def f():
    x = "local x"
    print(x, y)
f()
print(x)
def g():
    print(x)
x = "changed later"
g()
def h(x):
    x = x + "!"
    return x
print(h("arg"), x)
