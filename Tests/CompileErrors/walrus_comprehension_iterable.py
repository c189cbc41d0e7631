def f(data):
    return [i for i in (y := data)]
