def f():
    x, y = 1, 2
    global y, x
