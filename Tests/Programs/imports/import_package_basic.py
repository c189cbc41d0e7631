# Importing a package runs its __init__; submodules load only when imported.
import pkg_basic
print(pkg_basic.VERSION, pkg_basic.top_level(), pkg_basic.__doc__, pkg_basic.__name__, pkg_basic.__package__)
print(hasattr(pkg_basic, "mod_a"))
import pkg_basic.mod_a
print(hasattr(pkg_basic, "mod_a"), pkg_basic.mod_a.X, pkg_basic.mod_a.where())
import os
print(os.path.basename(pkg_basic.__file__), os.path.basename(pkg_basic.mod_a.__file__), len(pkg_basic.__path__))
print(pkg_basic.__spec__.name, pkg_basic.mod_a.__spec__.parent, pkg_basic.__spec__.submodule_search_locations is not None)
