# global, nonlocal, free and cell variables across nested functions.

x = 0
global global_at_module
global_at_module = 1


def g1():
    global x
    x = 1

    def inner():
        return x
    return inner


def g2():
    y = 1

    def inner():
        nonlocal y
        y = 2

        def deeper():
            return y
        return deeper
    return inner


def g3():
    global q

    def inner():
        q = 1

        def d():
            return q
        return d
    return inner


def g4():
    global unassigned

    def inner():
        return unassigned
    return inner


def a():
    v = 1

    def b():
        def c():
            def d():
                return v
            return d
        return c
    return b


def params(a, b=1, /, c=2, *d, e, f=3, **g):
    def inner():
        return a, b, c, d, e, f, g
    return inner


def only_kwargs(*, k):
    return k


def dflt(x=lambda: y, z=[w for w in range(3)]):
    pass


def deleted():
    v = 1
    del v

    def inner():
        del outer_name
    return inner


def reads_before_bind():
    print(later)
    later = 1


def shadows_builtin():
    len = len
    return len


def top():
    pass


listcomp = [i for i in range(3)]
genexpr = (i for i in range(3))
lambda_ = lambda: 0


def nested_global_chain():
    global chain

    def a():
        chain = 1

        def b():
            global chain

            def c():
                return chain
            return c
        return b
    return a


def gen():
    yield


def gen2():
    return (yield from x)


def returns():
    return 1


async def coro():
    await x
    async for i in y:
        pass
    async with z as w:
        pass


async def agen():
    yield 1


lam = lambda: (yield)
