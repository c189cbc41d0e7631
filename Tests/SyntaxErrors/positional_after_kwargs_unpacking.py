# positional argument after **
f(**k, x)
