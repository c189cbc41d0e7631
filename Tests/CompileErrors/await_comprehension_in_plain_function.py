def f(xs):
    return {x: await x for x in xs}
