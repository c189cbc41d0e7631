# When no case matches nothing happens; the subject is evaluated once.
def subject():
    print("subject evaluated")
    return {"a": 1}
match subject():
    case [x]:
        print("sequence?")
    case {"b": y}:
        print("has b")
    case str():
        print("string?")
print("after match")
match 5:
    case 1 | 2:
        print("no")
def f(x):
    match x:
        case 1:
            return "one"
print(f(2))
