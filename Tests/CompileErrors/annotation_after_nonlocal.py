def f():
    y = 0
    def g():
        nonlocal y
        y: int
