# A parameter name given twice.
def f(a, b, a):
    pass
