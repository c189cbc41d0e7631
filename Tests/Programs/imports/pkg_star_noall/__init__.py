visible = "visible"
_hidden = "hidden"
import math as imported_module
