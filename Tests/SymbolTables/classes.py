# Class bodies: their names are invisible to nested functions, a method's free variable
# may share a class-body name (DEF_FREE_CLASS), and super/__class__ create the class cell.


def outer():
    x = 1
    shadow = 2

    class C:
        x = 2
        y = x
        global shadow

        def m(self):
            return x + shadow

        def n(self):
            return y          # the class's y is invisible: a global

    return C


def cell_users():
    class C:
        def a(self):
            return __class__

        def b(self):
            super().b()

        def c(self):
            def inner():
                return super
            return inner

        def d(self):
            return [super() for _ in ()]

        def e(self):
            super = 1         # a store: no __class__
            return super

        __class__ = 5

    class D(C):
        def f(self):
            return lambda: super().f()

    return C, D


def plain_super():
    return super, __class__


class Nested:
    class Inner:
        class Innermost:
            def m(self):
                return Inner, Nested, __class__

    def method(self):
        class Local:
            z = self
            def m(inner_self):
                return self, inner_self
        return Local


def class_nonlocal():
    x = 1

    class C:
        nonlocal x
        x = 2

        def m(self):
            return x
    return C


class Bases(Nested, metaclass=type, **{}):
    pass


@decorator
class Decorated(object):
    attr = [i for i in range(3)]
    other = [attr for _ in range(3)]
    third = [x for x in attr]
    fourth = {k: attr for k in attr}
    f = lambda self, v=attr: v
    g = lambda: attr
