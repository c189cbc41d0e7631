# import a.b.c as x, from a.b import c, and from a import b, c.
import pkg_basic.sub.deep as deep
print(deep.DEEP)
from pkg_basic.sub import deep as deep2
from pkg_basic import mod_a, mod_b
print(deep2 is deep, mod_b.Y, mod_b.pkg_version(), mod_a.X)
import pkg_basic.sub
print(pkg_basic.sub.deep is deep, pkg_basic.mod_b is mod_b)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_basic")))
