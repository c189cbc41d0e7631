def f():
    return ((yield) for i in range(3))
