# Capture patterns bind names (visible after the match); dotted names are value patterns.
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown colour {other}"
print(paint("red"), paint("green"), paint("blue"))
match (1, 2):
    case (a, b):
        pass
print("bound after match:", a, b)
match [1, 2, 3]:
    case [x, *rest] if x > 5:
        print("not taken")
    case _:
        print("wildcard binds nothing; x was still bound by the failed case:", x, rest)
match 42:
    case n:
        print("irrefutable capture", n)
value = "unchanged"
match "nothing":
    case "something":
        value = "changed"
print(value)
