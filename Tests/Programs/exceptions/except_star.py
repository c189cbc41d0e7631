# except* handles the matching parts of an ExceptionGroup; the rest propagates.
def raiser():
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])
try:
    try:
        raiser()
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("TypeErrors:", repr(g))
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("from handler")
except (ExceptionGroup, RuntimeError) as e:
    print("handler raised:", repr(e), repr(e.__context__))
