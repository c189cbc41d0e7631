# Literal keys equal as Python values (1 and True) are duplicates.
match {}:
    case {1: a, True: b}:
        pass
