# the same in a lambda
g = lambda a=1, b: 0
