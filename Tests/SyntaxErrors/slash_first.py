# '/' before any parameter
def f(/, a):
    pass
