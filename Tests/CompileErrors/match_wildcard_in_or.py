# A wildcard in a non-final alternative of an or-pattern.
match 1:
    case 1 | _ | 2:
        pass
