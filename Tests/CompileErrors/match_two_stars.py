# Two starred names in one sequence pattern.
match []:
    case [*a, *b]:
        pass
