# a literal as a for target
for 1 in x:
    pass
