# a star pattern inside a mapping pattern
match x:
    case {*a}:
        pass
