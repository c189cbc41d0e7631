# assignment to a yield expression
def f():
    x = (yield) = 1
