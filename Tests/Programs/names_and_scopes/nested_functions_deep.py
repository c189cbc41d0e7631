# Four levels of nested functions reading and writing variables of every enclosing level.
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                nonlocal a, c
                a += 100
                c += 300
                return a + b + c
            r = l4()
            return r, c
        return l3()
    result = l2()
    return result, a
print(l1())
def make_ops():
    base = 10
    def ops():
        return {name: (lambda k: lambda x: base * k + x)(k) for k, name in enumerate(["a", "b", "c"])}
    return ops()
print({k: f(1) for k, f in make_ops().items()})
