# while without ':'
while x
    pass
