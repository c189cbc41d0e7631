# '*' as the last parameter
def f(a, *):
    pass
