# import statements inside functions bind local names; the module is still cached globally.
def use():
    import _sibling_helper as h
    from _sibling_helper import CONST
    return h.greet("function"), CONST, "h" in locals()
print(use())
print("_sibling_helper" in globals())
import sys
print("_sibling_helper" in sys.modules)
def shadow():
    import math
    math = "rebound"
    return math
print(shadow())
