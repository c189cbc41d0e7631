# a binary operation as a for target
for a + b in c:
    pass
