# `from pkg import sub` where importing sub raises: the submodule's own error propagates
# (importlib only turns "No module named 'pkg.sub'" into "cannot import name").
try:
    from pkg_from_error import broken
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_from_error import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
import sys
print("pkg_from_error.broken" in sys.modules)
from pkg_from_error import broken
