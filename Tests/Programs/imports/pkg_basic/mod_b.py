print("  [pkg_basic.mod_b runs]")
from . import mod_a
from .mod_a import X as AX
from . import VERSION
Y = "y from mod_b using " + AX
def pkg_version():
    return VERSION
