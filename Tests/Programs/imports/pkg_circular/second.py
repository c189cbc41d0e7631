print("  [second starts]")
from . import first
NAME = "second"
def use_first():
    return "second sees " + first.NAME
print("  [second ends, first has NAME yet:", hasattr(first, "NAME"), "]")
