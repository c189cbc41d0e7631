# Assigning anywhere in a function makes a name local: reading it early raises UnboundLocalError.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e, isinstance(e, NameError))
    x = 2
    return x
print(f())
def g(flag):
    if flag:
        y = "set"
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
