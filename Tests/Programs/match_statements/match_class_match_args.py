# Class patterns: __match_args__ (inherited, overridden, invalid), missing attributes, errors.
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
class Q(P):
    pass
class Sub(P):
    __match_args__ = ("b",)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
def positional_and_keyword():
    match P(1, 2):
        case P(x, b=y): return x, y
def same_attribute_twice():
    match P(1, 2):
        case P(x, a=y): return x, y
def too_many():
    match P(1, 2):
        case P(1, 2, 3): return "no"
def inherited():
    match Q(3, 4):
        case Q(a, b): return a + b
def overridden():
    match Sub(5, 6):
        case P(v): return v
def list_match_args():
    class Bad:
        __match_args__ = ["a"]
    match Bad():
        case Bad(x): return x
def non_str_match_args():
    class Bad:
        __match_args__ = (1,)
    match Bad():
        case Bad(x): return x
def missing_attribute():
    class NoAttr:
        __match_args__ = ("zz",)
    match NoAttr():
        case NoAttr(z): return "no"
        case NoAttr(): return "missing attribute: no match"
def not_a_type():
    match 1:
        case len(): return "no"
def duplicated_in_match_args():
    class M:
        __match_args__ = ("a", "a")
        a = 1
    match M():
        case M(x, y): return x
def builtin_too_many():
    match 1:
        case int(x, y): return x
def no_match_args():
    class Plain:
        def __init__(self):
            self.v = 7
    match Plain():
        case Plain(v=7) as whole: return type(whole).__name__
def module_attributes():
    import sys
    match sys:
        case object(version_info=(3, minor, *_)): return minor > 0
for name, f in list(globals().items()):
    if callable(f) and name not in ("attempt", "P", "Q", "Sub"):
        attempt(name, f)
