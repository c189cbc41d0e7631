print("  [first starts]")
from . import second
NAME = "first"
def use_second():
    return "first sees " + second.NAME
print("  [first ends]")
