# Instructions that read locals in place must report an unbound local themselves, in the
# order CPython evaluates the operands: subscripts, stores into subscripts, returns,
# compare-and-branch, arithmetic with a constant, swaps.


def report(f):
    try:
        f()
    except (UnboundLocalError, NameError) as e:
        print(f.__name__, type(e).__name__, e)


def subscript_object():
    p[0]
    p = [1]


def subscript_key():
    p = [1]
    p[i]
    i = 0


def store_value_first():
    p[i] = v
    p = [1]; i = 0; v = 1


def store_object_before_key():
    v = 1
    p[i] = v
    p = [1]; i = 0


def store_key():
    v = 1; p = [1]
    p[i] = v
    i = 0


def augmented_subscript():
    d = {}
    d[k] += 1
    k = 1


def object_before_call():
    p[g()]
    p = 1


def g():
    print("g called")
    return 0


def return_local():
    return x
    x = 1


def compare_left():
    if a < 1:
        pass
    a = 1


def compare_right():
    a = 1
    if a <= b:
        pass
    b = 1


def add_constant():
    n + 1
    n = 0


def subtract_in_place():
    m -= 1
    m = 0


def swap():
    c, d = d, c
    c = d = 0


for f in [subscript_object, subscript_key, store_value_first, store_object_before_key,
          store_key, augmented_subscript, object_before_call, return_local, compare_left,
          compare_right, add_constant, subtract_in_place, swap]:
    report(f)


def swaps():
    a, b = 1, 2
    a, b = b, a
    x = [1, 2, 3]
    x[0], x[2] = x[2], x[0]
    [p, q, r] = [a, b, a + b]
    print(a, b, x, p, q, r)


swaps()


def return_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


print(return_in_finally())
