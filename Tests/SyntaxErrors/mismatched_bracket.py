# '(' closed by ']'
x = (1, 2]
