# Alternatives of an or-pattern must bind the same names.
match 1:
    case (1 as x) | (2 as y):
        pass
