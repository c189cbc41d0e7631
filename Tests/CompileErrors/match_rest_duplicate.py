# **rest that reuses a name captured by a value pattern.
match {}:
    case {"a": a, **a}:
        pass
