# An uncaught ModuleNotFoundError.
import _sibling_helper
print("imported the helper")
import no_module_named_like_this
