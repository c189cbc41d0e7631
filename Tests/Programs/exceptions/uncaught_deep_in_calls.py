# An uncaught exception from deep in a call stack passes through finally blocks.
def a(n):
    try:
        return b(n)
    finally:
        print("a finally")
def b(n):
    return c(n) + 1
def c(n):
    if n > 2:
        return [1, 2, 3][n]
    return n
print(a(1))
a(5)
