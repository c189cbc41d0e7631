# def without a parameter list
def f:
    pass
