# Circular imports see partially initialised modules; module attributes resolve later.
import pkg_circular.first as first
import pkg_circular.second as second
print(first.use_second(), second.use_first())
print(first.second is second, second.first is first)
try:
    import pkg_circular_error.a
except ImportError as e:
    print(type(e).__name__, e, e.name)
import sys
print("pkg_circular_error.a" in sys.modules, "pkg_circular_error.b" in sys.modules)
