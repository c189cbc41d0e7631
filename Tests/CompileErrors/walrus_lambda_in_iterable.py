def f():
    return [i for i in [lambda: (z := 1) for _ in ()]]
