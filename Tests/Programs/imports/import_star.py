# from m import * takes __all__ if defined, else every name not starting with an underscore.
from pkg_star import *
print(public, also_public, _private_but_listed)
try:
    not_listed
except NameError as e:
    print("NameError", e)
from pkg_star_noall import *
print(visible, imported_module.__name__)
try:
    _hidden
except NameError as e:
    print("NameError", e)
import pkg_star
print(pkg_star.__all__, pkg_star.not_listed)
