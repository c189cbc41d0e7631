def f():
    return {i: (yield from i) for i in range(3)}
