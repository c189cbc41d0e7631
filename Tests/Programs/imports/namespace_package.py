# A folder without __init__.py is a namespace package.
import pkg_ns.inner.mod
print(pkg_ns.inner.mod.VALUE, pkg_ns.__file__, pkg_ns.inner.__file__)
from pkg_ns.inner import mod
print(mod.VALUE, mod.__name__, mod.__package__)
print(type(pkg_ns.__path__).__name__, len(list(pkg_ns.__path__)))
