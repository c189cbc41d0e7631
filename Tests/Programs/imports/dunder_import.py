# __import__ returns the top-level package; importlib.import_module returns the leaf.
top = __import__("pkg_basic.mod_a")
print(top.__name__, top.mod_a.X)
leaf = __import__("pkg_basic.mod_a", fromlist=["X"])
print(leaf.__name__)
import importlib
m = importlib.import_module("pkg_basic.mod_b")
print(m.__name__, m.Y)
rel = importlib.import_module(".mod_a", package="pkg_basic")
print(rel is leaf)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
