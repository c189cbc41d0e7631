# Relative imports inside packages resolve against __package__.
from pkg_basic import mod_b
print(mod_b.Y, mod_b.mod_a.X, mod_b.AX, mod_b.VERSION)
from pkg_basic.sub import deep
print(deep.DEEP, deep.__package__, mod_b.__package__)
print(__package__, __name__, __spec__)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
