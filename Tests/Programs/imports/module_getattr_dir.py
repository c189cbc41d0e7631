# Module-level __getattr__ and __dir__ (PEP 562).
import pkg_lazy
print(pkg_lazy.eager, pkg_lazy.lazy_value, getattr(pkg_lazy, "lazy_x"), dir(pkg_lazy))
try:
    pkg_lazy.other
except AttributeError as e:
    print("AttributeError", e)
from pkg_lazy import lazy_imported
print(lazy_imported)
import math
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError", e)
