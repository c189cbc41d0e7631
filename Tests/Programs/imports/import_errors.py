# ImportError and ModuleNotFoundError messages and attributes.
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_basic.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_basic import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _sibling_helper.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _sibling_helper import missing_thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
