# return: implicit None, tuples, early returns, return inside loops.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
def nested_loop():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j
print(nothing(), bare(), multi(), find("abc", "c"), find("abc", "z"), nested_loop())
a, b, c = multi()
print(a, b, c)
def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([early(n) for n in (-1, 0, 1)])
