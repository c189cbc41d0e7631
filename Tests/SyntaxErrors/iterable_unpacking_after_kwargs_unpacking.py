# * after **
f(**k, *a)
