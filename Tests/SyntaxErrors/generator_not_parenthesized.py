# bare generator with a second argument
f(x for x in y, 1)
