# class pattern with a positional after a keyword
match x:
    case C(a=1, 2):
        pass
