# Python 2 'except A, B'
try:
    pass
except A, B:
    pass
