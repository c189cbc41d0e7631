# import of a module beside the program: the body runs once, attributes are shared.
print("before import")
import _sibling_helper
print(_sibling_helper.CONST, _sibling_helper.greet("you"), _sibling_helper.bump(), _sibling_helper.bump())
import _sibling_helper
import _sibling_helper as again
print(again is _sibling_helper, again.counter, _sibling_helper.__name__, type(_sibling_helper).__name__)
import sys
print("_sibling_helper" in sys.modules, sys.modules["_sibling_helper"] is again)
