# A namespace package spans every sys.path entry holding a folder of its name (PEP 420).
import sys
here = __file__.rpartition("/")[0]
sys.path.append(here + "/ns_portion_a")
sys.path.append(here + "/ns_portion_b")
import pkg_split
print(pkg_split.__file__, pkg_split.__package__, pkg_split.__name__)
portions = [p[len(here) + 1:] for p in pkg_split.__path__]
print(portions, len(pkg_split.__path__))
print(type(pkg_split.__path__).__name__, here + "/ns_portion_b/pkg_split" in pkg_split.__path__)
print(repr(pkg_split).startswith("<module 'pkg_split' (<_frozen_importlib_external.NamespaceLoader object at"))
import pkg_split.part_a
from pkg_split import part_b
print(pkg_split.part_a.NAME, part_b.NAME, part_b.__name__, part_b.__package__)
import pkg_split.sub.leaf
print(pkg_split.sub.leaf.DEEP, pkg_split.sub.__file__, pkg_split.sub.__path__[0] == here + "/ns_portion_b/pkg_split/sub")
print(sys.modules["pkg_split.sub"] is pkg_split.sub)
print(repr(part_b) == "<module 'pkg_split.part_b' from %r>" % part_b.__file__)
print(sorted(k for k in vars(pkg_split) if k.startswith("__") and k != "__builtins__"))
try:
    import pkg_split.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
