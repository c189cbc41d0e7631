# The same name captured twice in one pattern.
match [1, 2]:
    case [a, a]:
        pass
