# Private names: __x inside a class body (and everything nested in it) is stored as
# _Class__x; dunders, dotted imports and all-underscore class names are left alone.


class Top:
    __private = 1
    __dunder__ = 2
    __ = 3
    ___ = 4
    _single = 5

    def __method(self, __arg, *__args, __kw=1, **__kwargs):
        __local = self.__private + __arg
        return __local, __class__, __kw

    import __mod
    import __pkg.sub
    import __pkg2.sub as __alias
    from __m import __n as __o, __p
    global __g
    __g = 1

    def ___(self):
        pass

    def uses(self):
        return [__c for __c in __d], lambda __l: __l + __free

    class __Inner:
        __y = 1

        def m(self):
            return __y, __private

    try:
        pass
    except E as __err:
        pass

    with ctx() as __w:
        pass

    match __s:
        case [__a, *__rest] if __a:
            pass
        case {"k": __v, **__kw2}:
            pass
        case __C(__x, attr=__q) as __whole:
            pass


class ___:
    __x = 1

    def m(self, __p):
        return __p


class _A__:
    __y = 2

    def m(self):
        return __y


class __B:
    __z = 3


def outside(__p):
    __q = __p
    return __q


class Walrus:
    def m(self):
        return [__t := 1 for __u in ()], __t
