# real + real in a pattern
match x:
    case 1 + 1:
        pass
