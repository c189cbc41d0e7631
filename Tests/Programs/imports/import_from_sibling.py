# from-import copies bindings: rebinding in the module is not seen by the importer.
from _sibling_helper import CONST, greet as hello, bump, Widget
import _sibling_helper
print(CONST, hello("from-import"), Widget())
print(bump(), _sibling_helper.counter)
from _sibling_helper import counter
print(counter)
bump()
print(counter, _sibling_helper.counter)
_sibling_helper.CONST = 0
print(CONST, _sibling_helper.CONST)
