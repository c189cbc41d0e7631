print("  [pkg_basic.sub.deep runs]")
from .. import mod_a
from ..mod_b import Y
from .. import VERSION as V
DEEP = (mod_a.X, Y, V, __name__, __package__)
