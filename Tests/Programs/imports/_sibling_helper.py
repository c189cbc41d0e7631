"""A plain module beside the programs (not a program itself: its name starts with _)."""
print("  [_sibling_helper body runs]")
CONST = 42
counter = 0
def greet(name):
    return f"hello {name} from {__name__}"
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __repr__(self):
        return "Widget()"
