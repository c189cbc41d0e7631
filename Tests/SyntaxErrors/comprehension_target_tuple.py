# unparenthesised tuple before 'for'
x = [a, b for a in c]
