# A small command interpreter written with nested match patterns.
def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["say", *words]:
            return " ".join(words).upper()
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "take lamp key", "take", "say hi there", "exit", "", "dance now"]:
    print(repr(c), "->", run(c))
def evaluate(expr):
    match expr:
        case ("+", l, r):
            return evaluate(l) + evaluate(r)
        case ("*", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", x):
            return -evaluate(x)
        case int() | float() as n:
            return n
print(evaluate(("+", 1, ("*", ("neg", 2), 3.5))))
